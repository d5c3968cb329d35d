namespace CareForAll.Store.HealthChecks;

/// <summary>
/// Something the practice must do after a health check, e.g. "discuss statin (NICE CG181)" when the 10-year risk is
/// 10% or more. Editable: <see cref="Version"/> is its concurrency token (<see cref="IVersioned"/>).
/// </summary>
public sealed class FollowUpTask : IVersioned
{
    /// <summary>The task's id.</summary>
    public long Id { get; init; }

    /// <summary>The person's lake <c>patient_id</c>.</summary>
    public long PatientId { get; init; }

    /// <summary>The practice that owns the task.</summary>
    public required string PracticeCode { get; init; }

    /// <summary>The health check that prompted it, if any.</summary>
    public long? HealthCheckId { get; init; }

    /// <summary>What to do, e.g. "discuss statin (NICE CG181)".</summary>
    public required string Title { get; init; }

    /// <summary>Why, in plain words.</summary>
    public required string Reason { get; init; }

    /// <summary>The day by which it should be done.</summary>
    public DateOnly Due { get; init; }

    /// <summary>Open, done or declined.</summary>
    public FollowUpStatus Status { get; set; }

    /// <summary>What happened, once done or declined.</summary>
    public string? Outcome { get; set; }

    /// <summary>When it was last saved (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The user id of whoever saved it last.</summary>
    public required string UpdatedBy { get; set; }

    /// <summary>1 when created, one more at every save; the concurrency token.</summary>
    public int Version { get; set; }
}
