using System.Globalization;
using CareForAll.Care.VascularRisk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CareForAll.Web.Pages.ReduceYourRisk;

/// <summary>
/// "Reduce your risk": a person's 10-year risk of a heart attack or stroke by the QRISK®3-2017 algorithm
/// (<see cref="Qrisk3"/>), from a GET form. Nothing entered is kept: no cookie, no session, no log, no output cache
/// (<c>Cache-Control: no-store</c>). Missing measurements default as the NHS Health Check priority does
/// (the centring values of the sex's QRISK3 equation, Hippisley-Cox et al. BMJ 2017;357:j2099); Townsend is 0 (no
/// postcode is asked for). A risk of 10% or more is the NICE CG181 (2014, recommendation 1.3.18) threshold for
/// offering a statin.
/// </summary>
[OutputCache(NoStore = true)]
public sealed class ReduceYourRiskModel : PageModel
{
    /// <summary>The NICE CG181 risk (percent) at or above which a person should talk to their GP.</summary>
    public const double TalkToGpRisk = 10;

    /// <summary>The yes/no conditions the form asks about, in the order shown, with their labels.</summary>
    public static IReadOnlyList<(Qrisk3Conditions Condition, string Label)> ConditionLabels { get; } =
    [
        (Qrisk3Conditions.FamilyHistoryChd, "A parent, brother or sister had angina or a heart attack before the age of 60"),
        (Qrisk3Conditions.ChronicKidneyDisease, "Chronic kidney disease (stage 3, 4 or 5)"),
        (Qrisk3Conditions.AtrialFibrillation, "Atrial fibrillation (an irregular heartbeat)"),
        (Qrisk3Conditions.BloodPressureTreatment, "Taking medicine for high blood pressure"),
        (Qrisk3Conditions.Migraine, "Migraines"),
        (Qrisk3Conditions.RheumatoidArthritis, "Rheumatoid arthritis"),
        (Qrisk3Conditions.Sle, "Systemic lupus erythematosus (SLE)"),
        (Qrisk3Conditions.SevereMentalIllness, "Schizophrenia, bipolar disorder or moderate or severe depression"),
        (Qrisk3Conditions.AtypicalAntipsychotic, "Taking atypical antipsychotic medicine"),
        (Qrisk3Conditions.Steroids, "Taking steroid tablets regularly"),
        (Qrisk3Conditions.ErectileDysfunction, "Erectile dysfunction, diagnosed or treated (men only)"),
    ];

    /// <summary>The ethnic groups of QRISK3 with their labels.</summary>
    public static IReadOnlyList<(Qrisk3Ethnicity Group, string Label)> EthnicityLabels { get; } =
    [
        (Qrisk3Ethnicity.WhiteOrNotStated, "White, or I'd rather not say"),
        (Qrisk3Ethnicity.Indian, "Indian"),
        (Qrisk3Ethnicity.Pakistani, "Pakistani"),
        (Qrisk3Ethnicity.Bangladeshi, "Bangladeshi"),
        (Qrisk3Ethnicity.OtherAsian, "Other Asian"),
        (Qrisk3Ethnicity.BlackCaribbean, "Black Caribbean"),
        (Qrisk3Ethnicity.BlackAfrican, "Black African"),
        (Qrisk3Ethnicity.Chinese, "Chinese"),
        (Qrisk3Ethnicity.Other, "Another ethnic group"),
    ];

    /// <summary>Smoking answers with their labels.</summary>
    public static IReadOnlyList<(Qrisk3Smoking Status, string Label)> SmokingLabels { get; } =
    [
        (Qrisk3Smoking.NonSmoker, "I have never smoked"),
        (Qrisk3Smoking.ExSmoker, "I used to smoke"),
        (Qrisk3Smoking.Light, "I smoke fewer than 10 cigarettes a day"),
        (Qrisk3Smoking.Moderate, "I smoke 10 to 19 cigarettes a day"),
        (Qrisk3Smoking.Heavy, "I smoke 20 or more cigarettes a day"),
    ];

    /// <summary>Diabetes answers with their labels.</summary>
    public static IReadOnlyList<(Qrisk3Diabetes Status, string Label)> DiabetesLabels { get; } =
    [
        (Qrisk3Diabetes.None, "No"),
        (Qrisk3Diabetes.Type1, "Yes, type 1 diabetes"),
        (Qrisk3Diabetes.Type2, "Yes, type 2 diabetes"),
    ];

    [BindProperty(SupportsGet = true, Name = "age")]
    public string? Age { get; set; }

    [BindProperty(SupportsGet = true, Name = "sex")]
    public string? Sex { get; set; }

    [BindProperty(SupportsGet = true, Name = "ethnicity")]
    public string? Ethnicity { get; set; }

    [BindProperty(SupportsGet = true, Name = "smoking")]
    public string? Smoking { get; set; }

    [BindProperty(SupportsGet = true, Name = "diabetes")]
    public string? Diabetes { get; set; }

    [BindProperty(SupportsGet = true, Name = "conditions")]
    public List<string> Conditions { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "ratio")]
    public string? Ratio { get; set; }

    [BindProperty(SupportsGet = true, Name = "sbp")]
    public string? SystolicBp { get; set; }

    [BindProperty(SupportsGet = true, Name = "bmi")]
    public string? Bmi { get; set; }

    /// <summary>The problems with the answers, each naming the field (its element id) and what is allowed.</summary>
    public IReadOnlyList<(string Id, string Message)> Errors { get; private set; } = [];

    /// <summary>The person's 10-year risk in percent; null until the form is answered without errors.</summary>
    public double? Risk { get; private set; }

    /// <summary>The measurements that were not given, so an average was used.</summary>
    public IReadOnlyList<string> Defaulted { get; private set; } = [];

    /// <summary>What changes the risk: the same person with one thing different, and their risk.</summary>
    public IReadOnlyList<(string Change, double Risk)> Changes { get; private set; } = [];

    public void OnGet()
    {
        Response.Headers.CacheControl = "no-store";
        if (Request.Query.Count == 0)
        {
            return;
        }

        var errors = new List<(string, string)>();
        var defaulted = new List<string>();
        var age = Whole(Age, "age", Qrisk3Input.AgeRange, "your age", errors);
        Qrisk3Sex? sex = Sex switch
        {
            "female" => Qrisk3Sex.Female,
            "male" => Qrisk3Sex.Male,
            _ => null,
        };
        if (sex is null)
        {
            errors.Add(("sex-female", "Select the sex you were registered with at birth"));
        }

        var ethnicity = Choice(Ethnicity, Qrisk3Ethnicity.WhiteOrNotStated);
        var smoking = Choice(Smoking, Qrisk3Smoking.NonSmoker);
        var diabetes = Choice(Diabetes, Qrisk3Diabetes.None);
        var conditions = ConditionLabels.Where(c => Conditions.Contains(c.Condition.ToString())).Aggregate(Qrisk3Conditions.None, (all, c) => all | c.Condition);
        var means = Qrisk3Coefficients.For(sex ?? Qrisk3Sex.Female);
        var ratio = Measurement(Ratio, "ratio", Qrisk3Input.CholesterolHdlRatioRange, "your cholesterol/HDL ratio", means.MeanCholesterolHdlRatio, errors, defaulted);
        var sbp = Measurement(SystolicBp, "sbp", Qrisk3Input.SystolicBpRange, "your systolic blood pressure", means.MeanSystolicBp, errors, defaulted);
        var bmi = Measurement(Bmi, "bmi", Qrisk3Input.BmiRange, "your BMI", 10 / Math.Sqrt(means.MeanBmiTerm1), errors, defaulted);
        Errors = errors;
        if (errors.Count > 0 || age is not double years || sex is not Qrisk3Sex s)
        {
            return;
        }

        Qrisk3Input Person(Qrisk3Smoking smokingStatus, double systolic, double bodyMassIndex) =>
            new((int)years, s, ratio, systolic, means.MeanSystolicBpSd, bodyMassIndex, ethnicity, townsend: 0, smokingStatus, diabetes, conditions);

        Risk = Qrisk3.TenYearRisk(Person(smoking, sbp, bmi));
        Defaulted = defaulted;
        var changes = new List<(string, double)>();
        if (smoking is Qrisk3Smoking.Light or Qrisk3Smoking.Moderate or Qrisk3Smoking.Heavy)
        {
            changes.Add(("If you did not smoke", Qrisk3.TenYearRisk(Person(Qrisk3Smoking.NonSmoker, sbp, bmi))));
        }

        if (sbp - 20 >= Qrisk3Input.SystolicBpRange.Minimum)
        {
            changes.Add((string.Create(CultureInfo.InvariantCulture, $"If your systolic blood pressure was 20 mmHg lower ({sbp - 20:0} mmHg)"), Qrisk3.TenYearRisk(Person(smoking, sbp - 20, bmi))));
        }

        if (bmi > 25)
        {
            changes.Add(("If your BMI was 25", Qrisk3.TenYearRisk(Person(smoking, sbp, 25))));
        }

        Changes = changes;
    }

    /// <summary>The message for the field with id <paramref name="id"/>, or null when it has none.</summary>
    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Id == id).Message;

    /// <summary>How many of 100 people like this would have a heart attack or stroke, e.g. "about 12 in 100".</summary>
    public static string InWords(double risk) => Math.Round(risk, MidpointRounding.AwayFromZero) switch
    {
        < 1 => "fewer than 1 in 100",
        var n => string.Create(CultureInfo.InvariantCulture, $"about {n:0} in 100"),
    };

    /// <summary>The whole number of people in 100 that <paramref name="risk"/> stands for (at least 0, at most 100).</summary>
    public static int PeopleIn100(double risk) => (int)Math.Round(risk, MidpointRounding.AwayFromZero);

    /// <summary>The risk as a percentage with one decimal place, e.g. "12.3%".</summary>
    public static string Percent(double risk) => risk.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static double? Whole(string? text, string id, Qrisk3Range range, string name, List<(string, string)> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add((id, $"Enter {name}"));
            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || !range.Contains(value))
        {
            errors.Add((id, Between(name, range)));
            return null;
        }

        return value;
    }

    private static double Measurement(string? text, string id, Qrisk3Range range, string name, double average, List<(string, string)> errors, List<string> defaulted)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            defaulted.Add(range.Field);
            return average;
        }

        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !range.Contains(value))
        {
            errors.Add((id, Between(name, range)));
            return average;
        }

        return value;
    }

    private static string Between(string name, Qrisk3Range range) =>
        string.Create(CultureInfo.InvariantCulture, $"Enter {name} as a number from {range.Minimum} to {range.Maximum}{(range.Unit.Length > 0 ? " " + range.Unit : "")}");

    private static T Choice<T>(string? text, T fallback)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) ? value : fallback;
}
