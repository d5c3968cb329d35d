namespace CareForAll.Data.Synthetic;

/// <summary>
/// The 14 long-term conditions in the lake's <c>condition</c> table. Age curves are shaped so that all-age
/// prevalence lands near QOF 2008-10 (facts file §6: diabetes 5.1% of 17+, hypertension about 13%, asthma 5.9%,
/// depression register 11.2% of 18+ in 2010/11); conditions without a national figure there (CHD, stroke, COPD,
/// AF, CKD, dementia, heart failure, SMI, PAD, FH) use typical QOF-era registers (assumption).
/// </summary>
internal static class ConditionCatalogue
{
    public const int Diabetes = 0;
    public const int Hypertension = 1;
    public const int Chd = 2;
    public const int Stroke = 3;
    public const int Copd = 4;
    public const int Asthma = 5;
    public const int Af = 6;
    public const int Ckd = 7;
    public const int Depression = 8;
    public const int Dementia = 9;
    public const int HeartFailure = 10;
    public const int SevereMentalIllness = 11;
    public const int Pad = 12;
    public const int FamilialHypercholesterolaemia = 13;

    //                                                           age 0     18     40     50     60     70     80
    public static readonly LongTermCondition[] All =
    [
        new("diabetes", "44054006", "E119", [0.002, 0.007, 0.025, 0.050, 0.082, 0.115, 0.115], 0.07, 1),
        new("hypertension", "38341003", "I10X", [0.000, 0.008, 0.070, 0.150, 0.260, 0.400, 0.460], 0.04, 18),
        new("chd", "53741008", "I259", [0.000, 0.000, 0.006, 0.025, 0.070, 0.130, 0.180], 0.08, 30),
        new("stroke", "230690007", "I639", [0.000, 0.001, 0.004, 0.010, 0.025, 0.055, 0.100], 0.06, 18),
        new("copd", "13645005", "J449", [0.000, 0.000, 0.004, 0.012, 0.035, 0.060, 0.070], 0.14, 35),
        new("asthma", "195967001", "J459", [0.060, 0.065, 0.060, 0.055, 0.055, 0.055, 0.050], 0.03, 2),
        new("af", "49436004", "I48X", [0.000, 0.000, 0.002, 0.006, 0.020, 0.055, 0.110], 0.00, 30),
        new("ckd", "709044004", "N189", [0.000, 0.001, 0.008, 0.020, 0.050, 0.120, 0.250], 0.04, 18),
        new("depression", "35489007", "F329", [0.005, 0.090, 0.110, 0.110, 0.100, 0.090, 0.090], 0.06, 12),
        new("dementia", "52448006", "F03X", [0.000, 0.000, 0.000, 0.001, 0.003, 0.015, 0.060], 0.02, 45),
        new("heart_failure", "84114007", "I509", [0.000, 0.000, 0.001, 0.004, 0.012, 0.030, 0.070], 0.06, 30),
        new("severe_mental_illness", "69322001", "F209", [0.000, 0.006, 0.010, 0.010, 0.009, 0.008, 0.007], 0.12, 16),
        new("pad", "399957001", "I739", [0.000, 0.000, 0.001, 0.004, 0.012, 0.025, 0.040], 0.08, 35),
        new("familial_hypercholesterolaemia", "398036000", "E780", [0.001, 0.002, 0.002, 0.002, 0.002, 0.002, 0.002], 0.00, 1),
    ];

    /// <summary>Conditions that put a patient on a cardiovascular or diabetes review (yearly BP and more).</summary>
    public const int VascularMask = (1 << Diabetes) | (1 << Hypertension) | (1 << Chd) | (1 << Stroke) | (1 << Af)
        | (1 << Ckd) | (1 << HeartFailure) | (1 << Pad);

    /// <summary>Conditions for which a statin and a cholesterol test are expected.</summary>
    public const int LipidMask = (1 << Diabetes) | (1 << Chd) | (1 << Stroke) | (1 << Pad) | (1 << FamilialHypercholesterolaemia);

    /// <summary>Expected number of conditions at each age 0..110, used to normalise comorbidity effects on admission rates.</summary>
    public static readonly double[] ExpectedCountAtAge = BuildExpectedCount();

    private static double[] BuildExpectedCount()
    {
        var result = new double[111];
        for (var age = 0; age < result.Length; age++)
        {
            result[age] = All.Sum(c => c.Prevalence(age));
        }

        return result;
    }
}
