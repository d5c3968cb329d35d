namespace CareForAll.Store.CarePlans;

/// <summary>
/// A patient's care plan: the example of an editable record. <see cref="Version"/> is its optimistic concurrency
/// token (<see cref="IVersioned"/>): every save adds one, and a save based on an older version is refused.
/// </summary>
public sealed class CarePlan : IVersioned
{
    /// <summary>The plan's id.</summary>
    public long Id { get; init; }

    /// <summary>The patient's lake <c>patient_id</c>.</summary>
    public long PatientId { get; init; }

    /// <summary>A short title, e.g. "Living well with diabetes".</summary>
    public required string Title { get; set; }

    /// <summary>The goals agreed with the patient, in their words.</summary>
    public required string Goals { get; set; }

    /// <summary>When the plan is next reviewed, if set.</summary>
    public DateOnly? ReviewDate { get; set; }

    /// <summary>When it was last saved (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The user id of whoever saved it last.</summary>
    public required string UpdatedBy { get; set; }

    /// <summary>1 when created, one more at every save; the concurrency token.</summary>
    public int Version { get; set; }
}
