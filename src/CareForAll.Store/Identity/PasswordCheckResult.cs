namespace CareForAll.Store.Identity;

/// <summary>The outcome of <see cref="PasswordCheck.CheckAsync"/>: the user when it succeeded, the unlock time when locked out.</summary>
public sealed record PasswordCheckResult(PasswordCheckOutcome Outcome, StoreUser? User, DateTimeOffset? LockedUntil);
