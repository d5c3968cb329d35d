using CareForAll.Store.HealthChecks;

namespace CareForAll.Care.HealthChecks;

/// <summary>How closing a follow-up task ended: saved, or refused because someone else saved it first (or it is gone).</summary>
/// <param name="Saved">True when the change was saved.</param>
/// <param name="Current">The task as it now stands; null when there is no such task.</param>
public sealed record FollowUpSaveResult(bool Saved, FollowUpTask? Current);
