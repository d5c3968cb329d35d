namespace CareForAll.Care.VascularRisk;

/// <summary>
/// The QRISK®3-2017 algorithm: a person's risk, in percent, of a heart attack or stroke within 10 years.
/// </summary>
/// <remarks>
/// Hippisley-Cox J, Coupland C, Brindle P. Development and validation of QRISK3 risk prediction algorithms to estimate
/// future risk of cardiovascular disease: prospective cohort study. BMJ 2017;357:j2099. Risk = 100 · (1 − S₀^exp(a)),
/// where S₀ is the 10-year baseline survival and a the linear predictor (<see cref="Qrisk3Coefficients.LinearPredictor"/>).
/// Every displayed score must be accompanied by <see cref="Disclaimer"/>. Pure and thread-safe.
/// </remarks>
public static class Qrisk3
{
    /// <summary>
    /// ClinRisk's terms for QRISK®3-2017, in our words; show it with every score.
    /// </summary>
    public const string Disclaimer =
        "This score comes from CareForAll's implementation of the QRISK®3-2017 algorithm (Copyright 2017 ClinRisk Ltd, "
        + "released under the GNU Lesser General Public License v3 with ClinRisk's additional terms). It is an estimate "
        + "for people without cardiovascular disease, not a diagnosis: any decision about care belongs to the patient and "
        + "their clinician. ClinRisk Ltd and the authors accept no responsibility for clinical use or misuse of the score. "
        + "The implementation's output is to be checked against the original at https://qrisk.org.";

    /// <summary>The 10-year cardiovascular risk of <paramref name="person"/>, in percent (0–100), at full double precision.</summary>
    public static double TenYearRisk(in Qrisk3Input person)
    {
        var coefficients = Qrisk3Coefficients.For(person.Sex);
        var linearPredictor = coefficients.LinearPredictor(person);
        return 100.0 * (1.0 - Math.Pow(coefficients.BaselineSurvival, Math.Exp(linearPredictor)));
    }

    /// <summary>
    /// Scores many people at once: <c>risks[i] = TenYearRisk(people[i])</c>. <paramref name="risks"/> must be at least as
    /// long as <paramref name="people"/>.
    /// </summary>
    public static void TenYearRisk(ReadOnlySpan<Qrisk3Input> people, Span<double> risks)
    {
        if (risks.Length < people.Length)
        {
            throw new ArgumentException($"risks has room for {risks.Length} people but {people.Length} were given", nameof(risks));
        }

        for (var i = 0; i < people.Length; i++)
        {
            risks[i] = TenYearRisk(people[i]);
        }
    }
}
