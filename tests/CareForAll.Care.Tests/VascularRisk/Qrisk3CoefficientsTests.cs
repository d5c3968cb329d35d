using System.Text.Json;
using CareForAll.Care.VascularRisk;

namespace CareForAll.Care.Tests.VascularRisk;

/// <summary>Every constant written into the code equals the shared reference file's number (BMJ 2017;357:j2099).</summary>
public sealed class Qrisk3CoefficientsTests
{
    public static TheoryData<Qrisk3Sex> Sexes => [Qrisk3Sex.Female, Qrisk3Sex.Male];

    [Theory]
    [MemberData(nameof(Sexes))]
    public void EveryNumberInTheReferenceFileIsInTheCodeExactly(Qrisk3Sex sex)
    {
        var file = Qrisk3ReferenceFile.Equation(sex);
        var code = Qrisk3Coefficients.For(sex);

        Assert.Equal(file.GetProperty("baseline_survival_10y").GetDouble(), code.BaselineSurvival);
        foreach (var survivor in file.GetProperty("survivor_array_nonzero_indices").EnumerateObject())
        {
            Assert.Equal("10", survivor.Name);
            Assert.Equal(survivor.Value.GetDouble(), code.BaselineSurvival);
        }

        foreach (var ethnicity in file.GetProperty("ethrisk_coefficients_by_code").EnumerateObject())
        {
            var group = int.Parse(ethnicity.Name, System.Globalization.CultureInfo.InvariantCulture);
            var inCode = group == 0 ? 0.0 : code.Ethnicity[group - 1];
            Assert.Equal(ethnicity.Value.GetDouble(), inCode);
        }

        Assert.Equal(9, code.Ethnicity.Length);
        AssertAll(file.GetProperty("smoke_cat_coefficients_by_code"), name => code.Smoking[int.Parse(name, System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.Equal(5, code.Smoking.Length);
        AssertAll(file.GetProperty("centring_constants"), name => Centre(code, name));
        AssertAll(file.GetProperty("main_effects"), name => MainEffect(code, name));
        AssertAll(file.GetProperty("interactions"), name =>
        {
            var factors = name.Split('*');
            var interactions = factors[0] == "age_1" ? code.AgeTerm1Interactions : code.AgeTerm2Interactions;
            return Interaction(interactions, factors[1]);
        });
    }

    [Theory]
    [MemberData(nameof(Sexes))]
    public void TermsAbsentFromAnEquationAreZeroInTheCode(Qrisk3Sex sex)
    {
        var file = Qrisk3ReferenceFile.Equation(sex);
        var code = Qrisk3Coefficients.For(sex);
        var mainEffects = file.GetProperty("main_effects").EnumerateObject().Select(p => p.Name).ToHashSet();
        var interactions = file.GetProperty("interactions").EnumerateObject().Select(p => p.Name).ToHashSet();

        foreach (var name in MainEffectNames.Where(n => !mainEffects.Contains(n)))
        {
            Assert.Equal(0.0, MainEffect(code, name));
        }

        foreach (var term in new[] { "age_1", "age_2" })
        {
            foreach (var factor in InteractionFactors.Where(f => !interactions.Contains(term + "*" + f)))
            {
                Assert.Equal(0.0, Interaction(term == "age_1" ? code.AgeTerm1Interactions : code.AgeTerm2Interactions, factor));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sexes))]
    public void AgePowersAreThoseOfTheFractionalPolynomials(Qrisk3Sex sex)
    {
        var polynomials = Qrisk3ReferenceFile.Equation(sex).GetProperty("fractional_polynomials");
        var code = Qrisk3Coefficients.For(sex);

        Assert.Equal($"dage^{code.AgePower1}", polynomials.GetProperty("age_1").GetString());
        Assert.Equal($"dage^{code.AgePower2}", polynomials.GetProperty("age_2").GetString());
    }

    private static readonly string[] MainEffectNames =
    [
        "age_1", "age_2", "bmi_1", "bmi_2", "rati", "sbp", "sbps5", "town", "b_AF", "b_atypicalantipsy", "b_corticosteroids",
        "b_impotence2", "b_migraine", "b_ra", "b_renal", "b_semi", "b_sle", "b_treatedhyp", "b_type1", "b_type2", "fh_cvd",
    ];

    private static readonly string[] InteractionFactors =
    [
        "smoke_cat_eq_1", "smoke_cat_eq_2", "smoke_cat_eq_3", "smoke_cat_eq_4", "b_AF", "b_corticosteroids", "b_impotence2",
        "b_migraine", "b_renal", "b_sle", "b_treatedhyp", "b_type1", "b_type2", "bmi_1", "bmi_2", "fh_cvd", "sbp", "town",
    ];

    private static void AssertAll(JsonElement section, Func<string, double> inCode)
    {
        foreach (var entry in section.EnumerateObject())
        {
            Assert.True(entry.Value.GetDouble() == inCode(entry.Name), $"{entry.Name}: file {entry.Value.GetDouble():R}, code {inCode(entry.Name):R}");
        }
    }

    private static double Centre(Qrisk3Coefficients c, string name) => name switch
    {
        "age_1" => c.MeanAgeTerm1,
        "age_2" => c.MeanAgeTerm2,
        "bmi_1" => c.MeanBmiTerm1,
        "bmi_2" => c.MeanBmiTerm2,
        "rati" => c.MeanCholesterolHdlRatio,
        "sbp" => c.MeanSystolicBp,
        "sbps5" => c.MeanSystolicBpSd,
        "town" => c.MeanTownsend,
        _ => throw new KeyNotFoundException("centring constant " + name),
    };

    private static double MainEffect(Qrisk3Coefficients c, string name) => name switch
    {
        "age_1" => c.AgeTerm1,
        "age_2" => c.AgeTerm2,
        "bmi_1" => c.BmiTerm1,
        "bmi_2" => c.BmiTerm2,
        "rati" => c.CholesterolHdlRatio,
        "sbp" => c.SystolicBp,
        "sbps5" => c.SystolicBpSd,
        "town" => c.Townsend,
        "b_AF" => c.AtrialFibrillation,
        "b_atypicalantipsy" => c.AtypicalAntipsychotic,
        "b_corticosteroids" => c.Steroids,
        "b_impotence2" => c.ErectileDysfunction,
        "b_migraine" => c.Migraine,
        "b_ra" => c.RheumatoidArthritis,
        "b_renal" => c.ChronicKidneyDisease,
        "b_semi" => c.SevereMentalIllness,
        "b_sle" => c.Sle,
        "b_treatedhyp" => c.BloodPressureTreatment,
        "b_type1" => c.Type1Diabetes,
        "b_type2" => c.Type2Diabetes,
        "fh_cvd" => c.FamilyHistoryChd,
        _ => throw new KeyNotFoundException("main effect " + name),
    };

    private static double Interaction(Qrisk3AgeInteractions c, string factor) => factor switch
    {
        "smoke_cat_eq_1" => c.ExSmoker,
        "smoke_cat_eq_2" => c.LightSmoker,
        "smoke_cat_eq_3" => c.ModerateSmoker,
        "smoke_cat_eq_4" => c.HeavySmoker,
        "b_AF" => c.AtrialFibrillation,
        "b_corticosteroids" => c.Steroids,
        "b_impotence2" => c.ErectileDysfunction,
        "b_migraine" => c.Migraine,
        "b_renal" => c.ChronicKidneyDisease,
        "b_sle" => c.Sle,
        "b_treatedhyp" => c.BloodPressureTreatment,
        "b_type1" => c.Type1Diabetes,
        "b_type2" => c.Type2Diabetes,
        "bmi_1" => c.BmiTerm1,
        "bmi_2" => c.BmiTerm2,
        "fh_cvd" => c.FamilyHistoryChd,
        "sbp" => c.SystolicBp,
        "town" => c.Townsend,
        _ => throw new KeyNotFoundException("interaction factor " + factor),
    };
}
