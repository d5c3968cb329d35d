using CareForAll.Store.Identity;
using CareForAll.Web.Account;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareForAll.Web.Pages.Account;

/// <summary>
/// The sign-in form: email and password through Identity, with lockout after repeated wrong passwords; and, when
/// configured, a button per NHS provider (NHS login, CIS2) that hands over to it and comes back to
/// <see cref="SignInSetup.ExternalCallbackPath"/>.
/// </summary>
public sealed class SignInModel(SignInManager<StoreUser> signIn) : PageModel
{
    /// <summary>The authentication property that carries the provider's scheme to the callback.</summary>
    public const string SchemeItem = "careforall:scheme";
    /// <summary>The message shown when the account is locked.</summary>
    public static readonly string LockedOutMessage =
        $"This account is locked because of {IdentityRules.MaxFailedAttempts} wrong passwords in a row. Try again in {IdentityRules.LockoutDuration.TotalMinutes:0} minutes.";

    /// <summary>The message shown for a wrong email or password.</summary>
    public const string WrongPasswordMessage = "The email address or password is not right.";

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    /// <summary>The NHS providers configured here, as (scheme, button text).</summary>
    public IReadOnlyList<(string Scheme, string Name)> Providers { get; private set; } = [];

    public async Task OnGetAsync() => Providers = await ProvidersAsync();

    /// <summary>Hands over to the NHS provider <paramref name="scheme"/>; 400 when it is not configured.</summary>
    public async Task<IActionResult> OnPostExternalAsync(string? scheme)
    {
        if ((await ProvidersAsync()).All(p => p.Scheme != scheme))
        {
            return BadRequest();
        }

        var properties = new AuthenticationProperties { RedirectUri = SignInSetup.ExternalCallbackPath };
        properties.Items[SchemeItem] = scheme;
        return Challenge(properties, scheme!);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Providers = await ProvidersAsync();
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            Problem = "Enter your email address and password.";
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Problem = result.IsLockedOut ? LockedOutMessage : WrongPasswordMessage;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IReadOnlyList<(string Scheme, string Name)>> ProvidersAsync() =>
        [.. (await signIn.GetExternalAuthenticationSchemesAsync())
            .Where(s => s.Name is ExternalLoginOptions.NhsLoginScheme or ExternalLoginOptions.Cis2Scheme)
            .Select(s => (s.Name, s.DisplayName ?? s.Name))];
}
