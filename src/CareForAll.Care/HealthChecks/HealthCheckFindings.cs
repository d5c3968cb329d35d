using CareForAll.Care.VascularRisk;

namespace CareForAll.Care.HealthChecks;

/// <summary>
/// What was found at an NHS Health Check: the measurements taken and the QRISK®3-2017 inputs they make.
/// </summary>
/// <remarks>
/// Validated at construction: QRISK3's ranges apply to age, blood pressure, the cholesterol/HDL ratio and BMI
/// (<see cref="Qrisk3Input"/>), diastolic pressure must be 30–150 mmHg and HDL cholesterol positive. When only one
/// systolic reading is available the standard deviation defaults to the centring value of the sex's QRISK3 equation,
/// as in <see cref="HealthCheckRisk"/>. Immutable.
/// </remarks>
public sealed record HealthCheckFindings
{
    /// <summary>Validates the findings; throws <see cref="ArgumentOutOfRangeException"/> naming the field and its range.</summary>
    public HealthCheckFindings(
        DateOnly checkedOn,
        int age,
        Qrisk3Sex sex,
        double systolicBp,
        double diastolicBp,
        double totalCholesterol,
        double hdlCholesterol,
        double bmi,
        Qrisk3Smoking smoking,
        Qrisk3Ethnicity ethnicity = Qrisk3Ethnicity.WhiteOrNotStated,
        double townsend = 0,
        double? systolicBpSd = null,
        Qrisk3Conditions conditions = Qrisk3Conditions.None)
    {
        if (diastolicBp is < 30 or > 150 || double.IsNaN(diastolicBp))
        {
            throw new ArgumentOutOfRangeException(nameof(diastolicBp), diastolicBp, "diastolic blood pressure must be from 30 to 150 mmHg");
        }

        if (!(hdlCholesterol > 0) || !(totalCholesterol > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(hdlCholesterol), hdlCholesterol, "total and HDL cholesterol must be above 0 mmol/L");
        }

        CheckedOn = checkedOn;
        DiastolicBp = diastolicBp;
        TotalCholesterol = totalCholesterol;
        HdlCholesterol = hdlCholesterol;
        Risk = new Qrisk3Input(
            age, sex, totalCholesterol / hdlCholesterol, systolicBp, systolicBpSd ?? Qrisk3Coefficients.For(sex).MeanSystolicBpSd, bmi,
            ethnicity, townsend, smoking, Qrisk3Diabetes.None, conditions);
    }

    /// <summary>The day of the check.</summary>
    public DateOnly CheckedOn { get; }

    /// <summary>Diastolic blood pressure, mmHg.</summary>
    public double DiastolicBp { get; }

    /// <summary>Total cholesterol, mmol/L.</summary>
    public double TotalCholesterol { get; }

    /// <summary>HDL cholesterol, mmol/L.</summary>
    public double HdlCholesterol { get; }

    /// <summary>The QRISK®3-2017 inputs (systolic pressure, BMI and smoking are here).</summary>
    public Qrisk3Input Risk { get; }
}
