namespace CareForAll.Data.Synthetic;

/// <summary>
/// A long-term condition as recorded on a GP register: its lake name, SNOMED CT concept, the ICD-10 code used as a
/// secondary diagnosis in hospital, and its prevalence by age (at ages 0, 18, 40, 50, 60, 70, 80; linear between)
/// before the deprivation gradient <see cref="DeprivationSlope"/> (relative change per IMD decile towards the most
/// deprived) is applied.
/// </summary>
internal sealed record LongTermCondition(
    string Name, string Snomed, string Icd10, double[] PrevalenceAtAge, double DeprivationSlope, int MinimumAge)
{
    /// <summary>The three-character ICD-10 category.</summary>
    public string Icd3 => Icd10[..3];

    private static readonly int[] Ages = [0, 18, 40, 50, 60, 70, 80];

    /// <summary>Prevalence at a given age, linear between the anchor ages.</summary>
    public double Prevalence(int age)
    {
        if (age < MinimumAge)
        {
            return 0;
        }

        for (var i = Ages.Length - 1; i >= 0; i--)
        {
            if (age >= Ages[i])
            {
                if (i == Ages.Length - 1)
                {
                    return PrevalenceAtAge[i];
                }

                var t = (age - Ages[i]) / (double)(Ages[i + 1] - Ages[i]);
                return PrevalenceAtAge[i] + (t * (PrevalenceAtAge[i + 1] - PrevalenceAtAge[i]));
            }
        }

        return PrevalenceAtAge[0];
    }

    /// <summary>Multiplier for an IMD decile (1 most deprived), mean 1 over uniform deciles.</summary>
    public double DeprivationFactor(int imdDecile) => 1 + (DeprivationSlope * (5.5 - imdDecile));
}
