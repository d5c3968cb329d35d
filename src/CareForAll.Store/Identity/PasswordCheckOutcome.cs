namespace CareForAll.Store.Identity;

/// <summary>How a password check ended.</summary>
public enum PasswordCheckOutcome
{
    /// <summary>The password is right and the account is not locked.</summary>
    Succeeded,

    /// <summary>Unknown user or wrong password (not told apart, so names cannot be probed).</summary>
    Failed,

    /// <summary>The account is locked after repeated failures; no password is checked until it unlocks.</summary>
    LockedOut,
}
