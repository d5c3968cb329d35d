namespace CareForAll.Care.HealthChecks;

/// <summary>
/// What a person's GP record holds for estimating cardiovascular risk: the latest measurements on or before a day
/// (null when never recorded) and recent treatments. Read from the lake by <see cref="HealthCheckLake"/>.
/// </summary>
public sealed record RecordedRiskFactors
{
    /// <summary>NHS Data Dictionary ethnic category (A–H, J–N, P, R, S, Z), if recorded.</summary>
    public string? EthnicCategory { get; init; }

    /// <summary>Townsend deprivation score of the person's area, if known.</summary>
    public double? Townsend { get; init; }

    /// <summary>Latest systolic blood pressure, mmHg.</summary>
    public double? SystolicBp { get; init; }

    /// <summary>Standard deviation of the systolic readings of the last five years (two or more readings).</summary>
    public double? SystolicBpSd { get; init; }

    /// <summary>Latest total cholesterol, mmol/L.</summary>
    public double? TotalCholesterol { get; init; }

    /// <summary>Latest HDL cholesterol, mmol/L.</summary>
    public double? HdlCholesterol { get; init; }

    /// <summary>Latest body mass index, kg/m².</summary>
    public double? Bmi { get; init; }

    /// <summary>Latest smoking status 0–4 (never, ex, light, moderate, heavy).</summary>
    public int? SmokingStatus { get; init; }

    /// <summary>An antihypertensive prescribed in the 12 months before the day.</summary>
    public bool BloodPressureTreatment { get; init; }

    /// <summary>An antipsychotic prescribed in the 12 months before the day.</summary>
    public bool Antipsychotic { get; init; }

    /// <summary>A steroid prescribed in the 12 months before the day.</summary>
    public bool Steroids { get; init; }
}
