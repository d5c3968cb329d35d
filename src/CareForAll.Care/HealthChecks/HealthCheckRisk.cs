using CareForAll.Care.VascularRisk;

namespace CareForAll.Care.HealthChecks;

/// <summary>
/// Estimates the 10-year cardiovascular risk of a person from their GP record, to put the people most at risk first
/// in each month's invitations. It uses the QRISK®3-2017 algorithm (<see cref="Qrisk3"/>) on the latest recorded values.
/// </summary>
/// <remarks>
/// Defaults for what the record lacks (each named in <see cref="EstimatedRisk.Defaulted"/>):
/// the cholesterol/HDL ratio, systolic blood pressure, its standard deviation and BMI default to the centring values of
/// the person's sex's QRISK3 equation (the means of the QRISK3 derivation cohort, Hippisley-Cox et al. BMJ
/// 2017;357:j2099); smoking to non-smoker, ethnicity to "white or not stated" and Townsend to 0, as the published
/// calculator does when nothing is entered. Recorded values outside the calculator's limits are brought to the
/// nearest limit (they only order invitations; a check measures afresh). From the lake: the severe mental illness
/// register, antihypertensives (blood pressure treatment), antipsychotics (taken as atypical) and steroids in the last
/// 12 months; diabetes (taken as type 2), CKD and AF registers. Migraine, rheumatoid arthritis, SLE, erectile
/// dysfunction and family history are not in the lake and count as absent. Ages are held to QRISK3's 25–84.
/// </remarks>
public static class HealthCheckRisk
{
    /// <summary>The estimate for <paramref name="person"/> on <paramref name="day"/>.</summary>
    public static EstimatedRisk Estimate(HealthCheckPerson person, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(person);
        var sex = person.Sex == "M" ? Qrisk3Sex.Male : Qrisk3Sex.Female;
        var means = Qrisk3Coefficients.For(sex);
        var recorded = person.RiskFactors;
        var defaulted = new List<string>();

        double Value(double? value, double fallback, Qrisk3Range range, string name)
        {
            if (value is not double v || !double.IsFinite(v))
            {
                defaulted.Add(name);
                return fallback;
            }

            return Math.Clamp(v, range.Minimum, range.Maximum);
        }

        double? ratio = recorded is { TotalCholesterol: double total, HdlCholesterol: double hdl and > 0 } ? total / hdl : null;
        var input = new Qrisk3Input(
            age: Math.Clamp(person.AgeOn(day), (int)Qrisk3Input.AgeRange.Minimum, (int)Qrisk3Input.AgeRange.Maximum),
            sex: sex,
            cholesterolHdlRatio: Value(ratio, means.MeanCholesterolHdlRatio, Qrisk3Input.CholesterolHdlRatioRange, "cholesterol_hdl_ratio"),
            systolicBp: Value(recorded.SystolicBp, means.MeanSystolicBp, Qrisk3Input.SystolicBpRange, "systolic_bp"),
            systolicBpSd: Value(recorded.SystolicBpSd, means.MeanSystolicBpSd, Qrisk3Input.SystolicBpSdRange, "systolic_bp_sd"),
            bmi: Value(recorded.Bmi, 10 / Math.Sqrt(means.MeanBmiTerm1), Qrisk3Input.BmiRange, "bmi"),
            ethnicity: Ethnicity(recorded.EthnicCategory),
            townsend: Math.Clamp(recorded.Townsend ?? 0, Qrisk3Input.TownsendRange.Minimum, Qrisk3Input.TownsendRange.Maximum),
            smoking: recorded.SmokingStatus is int s and >= 0 and <= 4 ? (Qrisk3Smoking)s : Qrisk3Smoking.NonSmoker,
            diabetes: person.Registers.Contains("diabetes") ? Qrisk3Diabetes.Type2 : Qrisk3Diabetes.None,
            conditions: Conditions(person));
        if (recorded.SmokingStatus is null)
        {
            defaulted.Add("smoking");
        }

        return new EstimatedRisk(Qrisk3.TenYearRisk(input), defaulted);
    }

    /// <summary>The QRISK3 group of an NHS Data Dictionary ethnic category; unknown or not stated is group 1.</summary>
    public static Qrisk3Ethnicity Ethnicity(string? category) => category switch
    {
        "H" => Qrisk3Ethnicity.Indian,
        "J" => Qrisk3Ethnicity.Pakistani,
        "K" => Qrisk3Ethnicity.Bangladeshi,
        "L" => Qrisk3Ethnicity.OtherAsian,
        "M" => Qrisk3Ethnicity.BlackCaribbean,
        "N" => Qrisk3Ethnicity.BlackAfrican,
        "R" => Qrisk3Ethnicity.Chinese,
        "D" or "E" or "F" or "G" or "P" or "S" => Qrisk3Ethnicity.Other,
        _ => Qrisk3Ethnicity.WhiteOrNotStated,
    };

    private static Qrisk3Conditions Conditions(HealthCheckPerson person)
    {
        var conditions = Qrisk3Conditions.None;
        void Set(bool present, Qrisk3Conditions flag) => conditions |= present ? flag : Qrisk3Conditions.None;
        Set(person.Registers.Contains("ckd"), Qrisk3Conditions.ChronicKidneyDisease);
        Set(person.Registers.Contains("af"), Qrisk3Conditions.AtrialFibrillation);
        Set(person.Registers.Contains("severe_mental_illness"), Qrisk3Conditions.SevereMentalIllness);
        Set(person.RiskFactors.BloodPressureTreatment, Qrisk3Conditions.BloodPressureTreatment);
        Set(person.RiskFactors.Antipsychotic, Qrisk3Conditions.AtypicalAntipsychotic);
        Set(person.RiskFactors.Steroids, Qrisk3Conditions.Steroids);
        return conditions;
    }
}
