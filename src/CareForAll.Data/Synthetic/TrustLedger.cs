namespace CareForAll.Data.Synthetic;

/// <summary>
/// Occupied bed days per trust and month, and a fixed-size random sample (reservoir) of each trust-month's
/// overnight spells, from which infections, pressure ulcers and never events are drawn against bed days at the end.
/// </summary>
internal sealed class TrustLedger
{
    public const int Months = 36;
    private const int SampleSize = 48;

    /// <summary>Pressure ulcers per 1,000 bed days (assumption; no national 2008 figure in the facts file).</summary>
    private const double PressureUlcersPer1000BedDays = 0.5;

    /// <summary>Never events per 100,000 bed days: about 300 a year over 33.6 million bed days (assumption; facts §5 for bed days).</summary>
    private const double NeverEventsPer100000BedDays = 0.9;

    /// <summary>Share of C. difficile and MRSA cases with onset in hospital (assumption).</summary>
    private const double HospitalOnsetShare = 0.55;

    private readonly long[,] _bedDays;
    private readonly Candidate[,,] _sample;
    private readonly int[,] _seen;
    private readonly List<Trust> _trusts;
    private Xoshiro256 _rng;

    public TrustLedger(List<Trust> trusts, ulong seed)
    {
        _trusts = trusts;
        _bedDays = new long[trusts.Count, Months];
        _sample = new Candidate[trusts.Count, Months, SampleSize];
        _seen = new int[trusts.Count, Months];
        _rng = new Xoshiro256(seed, 0x1ED6E5);
    }

    /// <summary>Month index 0..35 from April 2008, or -1 outside the data.</summary>
    public static int MonthIndex(DateOnly date)
    {
        var m = ((date.Year - 2008) * 12) + date.Month - 4;
        return m is >= 0 and < Months ? m : -1;
    }

    public static DateOnly MonthStart(int index) => new DateOnly(2008, 4, 1).AddMonths(index);

    /// <summary>Records an ordinary spell's nights (admission day up to the day before discharge).</summary>
    public void AddSpell(Trust trust, long patientId, long spellId, int admitDay, int dischargeDay)
    {
        if (dischargeDay <= admitDay)
        {
            return;
        }

        var day = admitDay;
        while (day < dischargeDay)
        {
            var date = DateOnly.FromDayNumber(day);
            var month = MonthIndex(date);
            var nextMonth = new DateOnly(date.Year, date.Month, 1).AddMonths(1).DayNumber;
            var until = Math.Min(nextMonth, dischargeDay);
            if (month >= 0)
            {
                _bedDays[trust.Index, month] += until - day;
            }

            day = until;
        }

        var admitMonth = MonthIndex(DateOnly.FromDayNumber(admitDay));
        if (admitMonth < 0 || dischargeDay - admitDay < 2)
        {
            return;
        }

        var seen = ++_seen[trust.Index, admitMonth];
        var slot = seen <= SampleSize ? seen - 1 : _rng.Next(seen);
        if (slot < SampleSize)
        {
            _sample[trust.Index, admitMonth, slot] = new Candidate(patientId, spellId, admitDay, dischargeDay);
        }
    }

    /// <summary>Writes bed_days and draws safety events for every trust and month.</summary>
    public void Write(LakeOutput output)
    {
        foreach (var trust in _trusts)
        {
            for (var m = 0; m < Months; m++)
            {
                output.BedDays.Add(trust.Code);
                output.BedDays.Add(MonthStart(m));
                output.BedDays.Add(_bedDays[trust.Index, m]);
                output.BedDays.EndRow();
            }
        }

        foreach (var trust in _trusts)
        {
            for (var m = 0; m < Months; m++)
            {
                var bedDays = _bedDays[trust.Index, m];
                Events(output, trust, m, "mrsa_bacteraemia", bedDays * EnglandFacts.MrsaPer10000BedDays / 10_000 * trust.InfectionMultiplier[0, m], HospitalOnsetShare);
                Events(output, trust, m, "c_difficile", bedDays * EnglandFacts.CDifficilePer10000BedDays / 10_000 * trust.InfectionMultiplier[1, m], HospitalOnsetShare);
                Events(output, trust, m, "pressure_ulcer", bedDays * PressureUlcersPer1000BedDays / 1_000, 1);
                Events(output, trust, m, "never_event", bedDays * NeverEventsPer100000BedDays / 100_000, 1);
            }
        }
    }

    private void Events(LakeOutput output, Trust trust, int month, string kind, double expected, double hospitalOnsetShare)
    {
        var available = Math.Min(_seen[trust.Index, month], SampleSize);
        if (available == 0)
        {
            return;
        }

        var count = _rng.Poisson(expected);
        var monthEnd = MonthStart(month).AddMonths(1).DayNumber - 1;
        for (var i = 0; i < count; i++)
        {
            var candidate = _sample[trust.Index, month, _rng.Next(available)];
            var hospitalOnset = _rng.Chance(hospitalOnsetShare);
            var day = hospitalOnset
                ? Math.Min(Math.Min(candidate.DischargeDay, candidate.AdmitDay + 2 + _rng.Next(Math.Max(1, candidate.DischargeDay - candidate.AdmitDay - 1))), monthEnd)
                : candidate.AdmitDay;
            output.Safety.Add(output.NextEventId++);
            output.Safety.Add(kind);
            output.Safety.Add(trust.Code);
            output.Safety.Add(DateOnly.FromDayNumber(day));
            output.Safety.Add(candidate.PatientId);
            output.Safety.Add(hospitalOnset ? candidate.SpellId : (long?)null);
            output.Safety.Add(hospitalOnset);
            output.Safety.EndRow();
        }
    }

    private readonly record struct Candidate(long PatientId, long SpellId, int AdmitDay, int DischargeDay);
}
