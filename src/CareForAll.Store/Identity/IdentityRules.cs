using Microsoft.AspNetCore.Identity;

namespace CareForAll.Store.Identity;

/// <summary>
/// Password and lockout rules. Passwords follow the NHS and NCSC advice of length over complexity: at least
/// <see cref="MinimumPasswordLength"/> characters, no forced mix of character classes. After
/// <see cref="MaxFailedAttempts"/> wrong passwords in a row an account is locked for <see cref="LockoutDuration"/>.
/// </summary>
public static class IdentityRules
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinimumPasswordLength = 12;

    /// <summary>Wrong passwords in a row that lock an account.</summary>
    public const int MaxFailedAttempts = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>Applies the rules to Identity's options.</summary>
    public static void Apply(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 4;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.User.RequireUniqueEmail = true;
    }
}
