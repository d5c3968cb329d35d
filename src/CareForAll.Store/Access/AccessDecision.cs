namespace CareForAll.Store.Access;

/// <summary>An allow or deny from <see cref="AccessPolicy"/>, with a reason a person can read in the audit log.</summary>
public sealed record AccessDecision(bool Allowed, string Reason)
{
    /// <summary>An allow for <paramref name="reason"/>.</summary>
    public static AccessDecision Allow(string reason) => new(true, reason);

    /// <summary>A deny for <paramref name="reason"/>.</summary>
    public static AccessDecision Deny(string reason) => new(false, reason);
}
