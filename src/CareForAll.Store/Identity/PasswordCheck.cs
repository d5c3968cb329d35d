using Microsoft.AspNetCore.Identity;

namespace CareForAll.Store.Identity;

/// <summary>
/// Checks a user name (or email) and password with Identity's <see cref="UserManager{TUser}"/>, counting failures
/// towards lockout (<see cref="IdentityRules"/>): the check the web's sign-in and the API use, without needing
/// an HTTP context as SignInManager does.
/// </summary>
/// <remarks>
/// Whether a lock has expired is judged with the injected <see cref="TimeProvider"/>; Identity 10 itself stamps
/// the lock's end with the system clock (it takes a TimeProvider only from .NET 11).
/// </remarks>
public sealed class PasswordCheck(UserManager<StoreUser> users, TimeProvider time)
{
    /// <summary>Checks the password, recording a failure or clearing the failure count.</summary>
    public async Task<PasswordCheckResult> CheckAsync(string userNameOrEmail, string password)
    {
        ArgumentNullException.ThrowIfNull(userNameOrEmail);
        ArgumentNullException.ThrowIfNull(password);
        var user = await users.FindByNameAsync(userNameOrEmail) ?? await users.FindByEmailAsync(userNameOrEmail);
        if (user is null)
        {
            return new PasswordCheckResult(PasswordCheckOutcome.Failed, null, null);
        }

        if (IsLockedOut(user))
        {
            return new PasswordCheckResult(PasswordCheckOutcome.LockedOut, null, user.LockoutEnd);
        }

        if (await users.CheckPasswordAsync(user, password))
        {
            await users.ResetAccessFailedCountAsync(user);
            return new PasswordCheckResult(PasswordCheckOutcome.Succeeded, user, null);
        }

        await users.AccessFailedAsync(user);
        return IsLockedOut(user)
            ? new PasswordCheckResult(PasswordCheckOutcome.LockedOut, null, user.LockoutEnd)
            : new PasswordCheckResult(PasswordCheckOutcome.Failed, null, null);
    }

    private bool IsLockedOut(StoreUser user) =>
        users.SupportsUserLockout && user.LockoutEnabled && user.LockoutEnd is { } end && end > time.GetUtcNow();
}
