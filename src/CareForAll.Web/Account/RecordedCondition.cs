namespace CareForAll.Web.Account;

/// <summary>A long-term condition on the GP register, with the date it was diagnosed.</summary>
public sealed record RecordedCondition(string Condition, DateOnly DiagnosedOn);
