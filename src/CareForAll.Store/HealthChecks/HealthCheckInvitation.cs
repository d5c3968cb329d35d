namespace CareForAll.Store.HealthChecks;

/// <summary>
/// One NHS Health Check invitation: a letter or message to a person, sent in one month's batch of their practice's
/// five-year call-and-recall cycle. Written once, never edited (a later invitation is a new row).
/// </summary>
public sealed class HealthCheckInvitation
{
    /// <summary>The invitation's id.</summary>
    public long Id { get; init; }

    /// <summary>The person's lake <c>patient_id</c>.</summary>
    public long PatientId { get; init; }

    /// <summary>The GP practice that invites.</summary>
    public required string PracticeCode { get; init; }

    /// <summary>The first day of the five-year cycle the invitation belongs to.</summary>
    public DateOnly CycleStart { get; init; }

    /// <summary>The first day of the month whose batch it is.</summary>
    public DateOnly BatchMonth { get; init; }

    /// <summary>The person's place in the batch, 1 = highest estimated risk.</summary>
    public int Priority { get; init; }

    /// <summary>The estimated 10-year cardiovascular risk (percent) the batch was ordered by.</summary>
    public double EstimatedRisk { get; init; }

    /// <summary>How the risk was estimated: <c>qrisk3</c> (measured values), <c>qrisk3-defaults</c> (some values defaulted).</summary>
    public required string RiskMethod { get; init; }

    /// <summary>Letter or message.</summary>
    public InvitationChannel Channel { get; init; }

    /// <summary>The text sent.</summary>
    public required string Text { get; init; }

    /// <summary>When the invitation was made (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
