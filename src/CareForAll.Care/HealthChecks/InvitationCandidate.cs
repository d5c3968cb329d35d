namespace CareForAll.Care.HealthChecks;

/// <summary>An eligible person waiting for an invitation, with the risk that sets their place in the queue.</summary>
/// <param name="PatientId">The person's lake <c>patient_id</c>.</param>
/// <param name="Risk">Estimated 10-year cardiovascular risk, percent.</param>
/// <param name="RiskMethod">How the risk was estimated (<see cref="EstimatedRisk.Method"/>).</param>
public sealed record InvitationCandidate(long PatientId, double Risk, string RiskMethod);
