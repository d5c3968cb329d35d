namespace CareForAll.Care.HealthChecks;

/// <summary>
/// One NHS Health Check eligibility rule: the reason it gives and the test that excludes a person on a day.
/// </summary>
/// <param name="Reason">The reason given when the rule excludes.</param>
/// <param name="Description">The rule in plain words, e.g. "not on the diabetes register".</param>
/// <param name="Excludes">True when the rule excludes the person on the day.</param>
public sealed record HealthCheckRule(HealthCheckExclusion Reason, string Description, Func<HealthCheckPerson, DateOnly, bool> Excludes);
