namespace CareForAll.Data.Synthetic;

/// <summary>
/// National figures the generator is calibrated to. Unless marked "assumption", each comes from
/// /work/shared/data/reference/england_2008_facts.md (section and source given); assumptions are plausible
/// values with no citable national figure to hand.
/// </summary>
internal static class EnglandFacts
{
    /// <summary>England mid-2008, approx. 51.8 million (§1, ONS mid-year estimates, E&amp;W × 0.945).</summary>
    public const double Population = 51_800_000;

    /// <summary>Strategic health authorities, 10 (§1, DH reorganisation DH_4135663).</summary>
    public const int Regions = 10;

    /// <summary>Primary care trusts, 152 (§1, DH reorganisation; DH RTT press notice Dec 2009).</summary>
    public const int Commissioners = 152;

    /// <summary>Acute and specialist trusts, 169 (§1, Healthcare Commission annual health check 2007/08).</summary>
    public const int AcuteTrusts = 169;

    /// <summary>Mean registered list, approx. 6,300 in 2008 (§1, GPonline / HSCIC, interpolated).</summary>
    public const double MeanListSize = 6_300;

    /// <summary>
    /// Age bands of mid-2008 E&amp;W (§1, ONS), percent of the whole population: lower bounds, male, female.
    /// </summary>
    public static readonly int[] BandLower = [0, 5, 15, 25, 35, 45, 55, 65, 75, 85];

    public static readonly double[] BandMalePercent = [3.09, 5.99, 6.63, 6.61, 7.40, 6.54, 5.82, 3.97, 2.36, 0.67];

    public static readonly double[] BandFemalePercent = [2.95, 5.71, 6.51, 6.61, 7.50, 6.64, 5.99, 4.34, 3.19, 1.48];

    /// <summary>Admissions (finished admission episodes) 14.1 million a year (§2, NHS IC provisional HES Jun 2008–May 2009).</summary>
    public const double AdmissionsPerYear = 14_100_000;

    /// <summary>Emergency share of admissions, approx. 35% (§2, 5.0 of 14.1 million).</summary>
    public const double EmergencyShare = 0.35;

    /// <summary>Maternity share of admissions (assumption: 629,000 deliveries (§2) plus antenatal stays, about 6%).</summary>
    public const double MaternityShare = 0.06;

    /// <summary>Transfers in from another provider (assumption, 1%).</summary>
    public const double TransferShare = 0.01;

    /// <summary>Mean length of stay 5.7 days (§2, HES APC 2008-09 key facts), applied to ordinary admissions.</summary>
    public const double MeanLengthOfStay = 5.7;

    /// <summary>Deaths in hospital, approx. 1.8% of admissions (§2, derived from ONS and Gomes et al. 2011).</summary>
    public const double HospitalDeathsPerAdmission = 0.018;

    /// <summary>SHMI deaths outside hospital within 30 days of discharge, 25.9% (§2, NHS IC SHMI Apr 2011–Mar 2012).</summary>
    public const double ShareOfDeathsAfterDischarge = 0.259;

    /// <summary>Emergency readmission within 30 days, 11.63% in 2010-11 (§2, DH/NHS IC emergency readmissions data).</summary>
    public const double ReadmissionRate = 0.1163;

    /// <summary>A&amp;E attendances, all types, approx. 19.6 million (§3, NHS IC A&amp;E attendances 2008-09).</summary>
    public const double AeAttendancesPerYear = 19_600_000;

    /// <summary>Share of A&amp;E attendances within 4 hours, 98.1% (§3, NHS IC A&amp;E attendances 2008-09).</summary>
    public const double AeWithinFourHours = 0.981;

    /// <summary>Type 1 share of attendances, 3.4 of 4.9 million a quarter (§3, DH press notices 2008/09).</summary>
    public const double AeType1Share = 3.4 / 4.9;

    /// <summary>RTT admitted pathways within 18 weeks, 93.3% (§3, DH RTT press notice, Dec 2009).</summary>
    public const double RttAdmittedWithin18Weeks = 0.933;

    /// <summary>RTT non-admitted pathways within 18 weeks, 97.9% (§3, same).</summary>
    public const double RttNonAdmittedWithin18Weeks = 0.979;

    /// <summary>Non-admitted per admitted completed pathway, 810,000 / 279,000 a month (§3, same).</summary>
    public const double NonAdmittedPerAdmittedPathway = 810_000.0 / 279_000.0;

    /// <summary>Hip replacement operations 100,581 a year (§2, HES APC 2008-09 key facts).</summary>
    public const double HipReplacementsPerYear = 100_581;

    /// <summary>Cataract operations 344,591 a year (§2, same).</summary>
    public const double CataractsPerYear = 344_591;

    /// <summary>CABG 22,966 and PTCA 62,104 a year (§2, same).</summary>
    public const double CabgPerYear = 22_966;

    public const double PtcaPerYear = 62_104;

    /// <summary>Caesarean share of deliveries 24.6% (§2, NHS Maternity Statistics 2008-09).</summary>
    public const double CaesareanShare = 0.246;

    /// <summary>Oxford Hip Score mean gain +20.2, Oxford Knee +15.0 (§4, Browne et al. HQLO 2013;11:128).</summary>
    public const double OxfordHipGain = 20.2;

    public const double OxfordKneeGain = 15.0;

    /// <summary>EQ VAS mean gain after hip replacement +8.9 (§4, NHS Digital finalised PROMs, 2009-10 column).</summary>
    public const double VasGainHip = 8.9;

    /// <summary>MRSA bacteraemia 1.34 per 10,000 bed days (§5, HPA in Hansard 4 Feb 2008).</summary>
    public const double MrsaPer10000BedDays = 1.34;

    /// <summary>C. difficile approx. 36,000 a year over approx. 33.6 million bed days (§5, HPA; derived).</summary>
    public const double CDifficilePer10000BedDays = 36_000 / 3_360.0;

    /// <summary>Diabetes prevalence 5.1% of people aged 17+ (§6, Diabetes UK 2009 from QOF).</summary>
    public const double DiabetesPrevalence17Plus = 0.051;

    /// <summary>Hypertension prevalence, all ages, 12.5% (2006/07) to 13.4% (2009/10) (§6, QOF).</summary>
    public const double HypertensionPrevalence = 0.13;

    /// <summary>Asthma prevalence 5.9% (§6, QOF 2009/10).</summary>
    public const double AsthmaPrevalence = 0.059;

    /// <summary>Adult smoking 21%: men 22%, women 19% (§7, NHS IC Statistics on Smoking 2009).</summary>
    public const double SmokingMen = 0.22;

    public const double SmokingWomen = 0.19;

    /// <summary>Obesity (BMI ≥ 30) men 24%, women 25% (§7, HSE 2008).</summary>
    public const double ObeseShare = 0.245;

    /// <summary>Deaths in England about 460,000 a year (§2, Gomes et al. 2011): 0.89% of the population.</summary>
    public const double DeathsPerYear = 460_000;

    /// <summary>Financial years covered: 2008-09, 2009-10, 2010-11.</summary>
    public static readonly DateOnly Start = new(2008, 4, 1);

    public static readonly DateOnly End = new(2011, 3, 31);

    public const int Years = 3;
}
