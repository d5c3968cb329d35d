namespace CareForAll.Care.HealthChecks;

/// <summary>
/// Whether a person is eligible for an NHS Health Check on a day, with every rule that excludes them (in rule order).
/// </summary>
/// <param name="PatientId">The person's lake <c>patient_id</c>.</param>
/// <param name="Exclusions">The reasons they are not eligible; empty when eligible.</param>
public sealed record HealthCheckDecision(long PatientId, IReadOnlyList<HealthCheckExclusion> Exclusions)
{
    /// <summary>True when no rule excludes the person.</summary>
    public bool IsEligible => Exclusions.Count == 0;

    /// <summary>The first reason (rule order), the one counts by reason use; null when eligible.</summary>
    public HealthCheckExclusion? FirstExclusion => IsEligible ? null : Exclusions[0];
}
