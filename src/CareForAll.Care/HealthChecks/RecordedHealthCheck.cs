using CareForAll.Store.HealthChecks;

namespace CareForAll.Care.HealthChecks;

/// <summary>A health check as saved, and the follow-up task it created (null when the risk was under 10%).</summary>
public sealed record RecordedHealthCheck(CompletedHealthCheck Check, FollowUpTask? StatinDiscussion);
