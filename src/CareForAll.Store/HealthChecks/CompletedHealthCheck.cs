namespace CareForAll.Store.HealthChecks;

/// <summary>
/// An NHS Health Check that took place: the measurements taken and the QRISK®3-2017 score worked out from them.
/// Written once by the clinician who did the check.
/// </summary>
public sealed class CompletedHealthCheck
{
    /// <summary>The check's id.</summary>
    public long Id { get; init; }

    /// <summary>The person's lake <c>patient_id</c>.</summary>
    public long PatientId { get; init; }

    /// <summary>The practice where the check took place.</summary>
    public required string PracticeCode { get; init; }

    /// <summary>The invitation it answered, if any.</summary>
    public long? InvitationId { get; init; }

    /// <summary>The day of the check.</summary>
    public DateOnly CheckedOn { get; init; }

    /// <summary>Systolic blood pressure, mmHg.</summary>
    public double SystolicBp { get; init; }

    /// <summary>Diastolic blood pressure, mmHg.</summary>
    public double DiastolicBp { get; init; }

    /// <summary>Total cholesterol, mmol/L.</summary>
    public double TotalCholesterol { get; init; }

    /// <summary>HDL cholesterol, mmol/L.</summary>
    public double HdlCholesterol { get; init; }

    /// <summary>Body mass index, kg/m².</summary>
    public double Bmi { get; init; }

    /// <summary>Smoking status 0–4 (never, ex, light, moderate, heavy), as in the lake.</summary>
    public int SmokingStatus { get; init; }

    /// <summary>The QRISK®3-2017 10-year cardiovascular risk, percent.</summary>
    public double Qrisk3 { get; init; }

    /// <summary>The user id of the clinician who recorded it.</summary>
    public required string RecordedBy { get; init; }

    /// <summary>When it was recorded (UTC).</summary>
    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>When its observations were appended to the lake; null until then.</summary>
    public DateTimeOffset? WrittenToLakeAt { get; set; }
}
