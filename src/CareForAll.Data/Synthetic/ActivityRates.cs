namespace CareForAll.Data.Synthetic;

/// <summary>
/// Per-person yearly rates of admissions, A&amp;E attendances and deaths by age. Each is an age shape (relative
/// rate in the facts file's ten age bands, an assumption shaped on HES and ONS) scaled so that, over the mid-2008
/// pyramid, the national total matches the facts file.
/// </summary>
internal static class ActivityRates
{
    /// <summary>Admissions per person a year: 14.1 million / 51.8 million (facts §1, §2).</summary>
    public const double AdmissionsPerPerson = EnglandFacts.AdmissionsPerYear / EnglandFacts.Population;

    /// <summary>Chance that a discharge is followed by a planned-for emergency readmission within 30 days; the
    /// rest of the 11.6% national rate (facts §2) arises from ordinary emergency admissions falling within 30 days.</summary>
    public const double ReadmissionChance = 0.095;

    /// <summary>Share of all deaths that are not hospital or 30-day post-discharge deaths: 1 − 2.4% × 14.1m / 460,000.</summary>
    public const double CommunityShareOfDeaths = 0.26;

    /// <summary>Births a year per person: 629,000 deliveries (facts §2) / 51.8 million.</summary>
    public const double BirthsPerPerson = 629_000 / EnglandFacts.Population;

    private static readonly double[] EmergencyShape = [130, 40, 55, 55, 55, 65, 90, 150, 280, 500];
    private static readonly double[] ElectiveShape = [40, 35, 50, 70, 95, 140, 220, 350, 420, 300];
    private static readonly double[] AeShape = [1.6, 0.9, 1.4, 1.1, 0.9, 0.8, 0.7, 0.8, 1.2, 2.0];

    /// <summary>All-cause deaths a year by band (assumption shaped on ONS 2008 life tables; 0.9% overall, facts §2).</summary>
    private static readonly double[] AllCauseMortality = [0.0011, 0.0001, 0.0004, 0.0006, 0.0012, 0.003, 0.007, 0.018, 0.05, 0.15];

    public static readonly double[] Emergency = Scaled(EmergencyShape, AdmissionsPerPerson * (EnglandFacts.EmergencyShare - ReadmissionChance));
    public static readonly double[] Elective = Scaled(ElectiveShape,
        AdmissionsPerPerson * (1 - EnglandFacts.EmergencyShare - EnglandFacts.MaternityShare - EnglandFacts.TransferShare));
    public static readonly double[] Transfer = Scaled(EmergencyShape, AdmissionsPerPerson * EnglandFacts.TransferShare);
    public static readonly double[] AeNotAdmitted = Scaled(AeShape,
        (EnglandFacts.AeAttendancesPerYear / EnglandFacts.Population) - (0.7 * AdmissionsPerPerson * EnglandFacts.EmergencyShare));

    public static readonly double[] CommunityDeath = [.. AllCauseMortality.Select(m => m * CommunityShareOfDeaths)];

    /// <summary>Maternity admissions a year for a woman aged 15–44, by the bands 15–24, 25–34, 35–44.</summary>
    public static readonly double[] Maternity = MaternityRates();

    /// <summary>Index of the facts-file age band (0–4, 5–14, …, 85+) for an age in years.</summary>
    public static int Band(int age)
    {
        var bands = EnglandFacts.BandLower;
        for (var i = bands.Length - 1; i > 0; i--)
        {
            if (age >= bands[i])
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>Share of the mid-2008 population in each facts band (both sexes).</summary>
    public static double[] BandShares() =>
        [.. EnglandFacts.BandMalePercent.Zip(EnglandFacts.BandFemalePercent, (m, f) => (m + f) / 100)];

    private static double[] Scaled(double[] shape, double nationalRate)
    {
        var shares = BandShares();
        var total = shares.Sum();
        var mean = shape.Zip(shares, (s, w) => s * w).Sum() / total;
        return [.. shape.Select(s => s * nationalRate / mean)];
    }

    private static double[] MaternityRates()
    {
        double[] shape = [0.8, 1.6, 0.6];
        var women = new[] { EnglandFacts.BandFemalePercent[2], EnglandFacts.BandFemalePercent[3], EnglandFacts.BandFemalePercent[4] };
        var total = BandShares().Sum() * 100;
        var perPersonTotal = AdmissionsPerPerson * EnglandFacts.MaternityShare;
        var weighted = shape.Zip(women, (s, w) => s * w / total).Sum();
        return [.. shape.Select(s => s * perPersonTotal / weighted)];
    }
}
