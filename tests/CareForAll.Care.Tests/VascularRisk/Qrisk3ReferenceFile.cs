using System.Text.Json;
using CareForAll.Care.VascularRisk;
using CareForAll.Tests;

namespace CareForAll.Care.Tests.VascularRisk;

/// <summary>
/// The shared QRISK®3-2017 reference file (coefficients as numbers, with the order of evaluation in words) and an
/// evaluation of the algorithm written straight from that file, independent of the product code.
/// </summary>
internal static class Qrisk3ReferenceFile
{
    public static JsonElement Root { get; } =
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.SharedData("reference", "qrisk3_coefficients.json"))).RootElement;

    public static JsonElement Equation(Qrisk3Sex sex) => Root.GetProperty(sex == Qrisk3Sex.Male ? "male" : "female");

    /// <summary>10-year risk in percent, following the file's "how_to_evaluate" steps literally.</summary>
    public static double TenYearRisk(in Qrisk3Input person)
    {
        var equation = Equation(person.Sex);
        var polynomials = equation.GetProperty("fractional_polynomials");
        var dage = person.Age / 10.0;
        var dbmi = person.Bmi / 10.0;
        var values = new Dictionary<string, double>
        {
            ["age_1"] = Math.Pow(dage, Power(polynomials.GetProperty("age_1").GetString()!)),
            ["age_2"] = Math.Pow(dage, Power(polynomials.GetProperty("age_2").GetString()!)),
            ["bmi_1"] = Math.Pow(dbmi, -2),
            ["bmi_2"] = Math.Pow(dbmi, -2) * Math.Log(dbmi),
            ["rati"] = person.CholesterolHdlRatio,
            ["sbp"] = person.SystolicBp,
            ["sbps5"] = person.SystolicBpSd,
            ["town"] = person.Townsend,
            ["b_AF"] = Flag(person, Qrisk3Conditions.AtrialFibrillation),
            ["b_atypicalantipsy"] = Flag(person, Qrisk3Conditions.AtypicalAntipsychotic),
            ["b_corticosteroids"] = Flag(person, Qrisk3Conditions.Steroids),
            ["b_impotence2"] = Flag(person, Qrisk3Conditions.ErectileDysfunction),
            ["b_migraine"] = Flag(person, Qrisk3Conditions.Migraine),
            ["b_ra"] = Flag(person, Qrisk3Conditions.RheumatoidArthritis),
            ["b_renal"] = Flag(person, Qrisk3Conditions.ChronicKidneyDisease),
            ["b_semi"] = Flag(person, Qrisk3Conditions.SevereMentalIllness),
            ["b_sle"] = Flag(person, Qrisk3Conditions.Sle),
            ["b_treatedhyp"] = Flag(person, Qrisk3Conditions.BloodPressureTreatment),
            ["b_type1"] = person.Diabetes == Qrisk3Diabetes.Type1 ? 1 : 0,
            ["b_type2"] = person.Diabetes == Qrisk3Diabetes.Type2 ? 1 : 0,
            ["fh_cvd"] = Flag(person, Qrisk3Conditions.FamilyHistoryChd),
        };
        for (var k = 1; k <= 4; k++)
        {
            values[$"smoke_cat_eq_{k}"] = (int)person.Smoking == k ? 1 : 0;
        }

        foreach (var centre in equation.GetProperty("centring_constants").EnumerateObject())
        {
            values[centre.Name] -= centre.Value.GetDouble();
        }

        var a = equation.GetProperty("ethrisk_coefficients_by_code").GetProperty(((int)person.Ethnicity).ToString(System.Globalization.CultureInfo.InvariantCulture)).GetDouble()
            + equation.GetProperty("smoke_cat_coefficients_by_code").GetProperty(((int)person.Smoking).ToString(System.Globalization.CultureInfo.InvariantCulture)).GetDouble();
        foreach (var effect in equation.GetProperty("main_effects").EnumerateObject())
        {
            a += values[effect.Name] * effect.Value.GetDouble();
        }

        foreach (var interaction in equation.GetProperty("interactions").EnumerateObject())
        {
            var factors = interaction.Name.Split('*');
            a += values[factors[0]] * values[factors[1]] * interaction.Value.GetDouble();
        }

        var survival = equation.GetProperty("baseline_survival_10y").GetDouble();
        return 100 * (1 - Math.Pow(survival, Math.Exp(a)));
    }

    private static double Flag(in Qrisk3Input person, Qrisk3Conditions condition) => person.Has(condition) ? 1 : 0;

    /// <summary>The power in "dage^-2" or "dage^1".</summary>
    private static int Power(string polynomial) =>
        int.Parse(polynomial[(polynomial.IndexOf('^', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture);
}
