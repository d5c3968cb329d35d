using CareForAll.Store.HealthChecks;

namespace CareForAll.Care.HealthChecks;

/// <summary>One month's NHS Health Check invitations for a practice, with the numbers behind it.</summary>
/// <param name="PracticeCode">The practice.</param>
/// <param name="Month">The first day of the month.</param>
/// <param name="Cycle">The five-year cycle the month belongs to.</param>
/// <param name="Eligible">People eligible on the month's first day.</param>
/// <param name="Waiting">Eligible people not invited earlier in the cycle, before this batch.</param>
/// <param name="Invitations">The invitations of this month, highest risk first.</param>
/// <param name="AlreadySent">True when the batch had been made before and was returned unchanged.</param>
public sealed record InvitationBatch(
    string PracticeCode,
    DateOnly Month,
    HealthCheckCycle Cycle,
    int Eligible,
    int Waiting,
    IReadOnlyList<HealthCheckInvitation> Invitations,
    bool AlreadySent);
