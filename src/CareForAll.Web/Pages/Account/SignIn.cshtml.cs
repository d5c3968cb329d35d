using CareForAll.Store.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareForAll.Web.Pages.Account;

/// <summary>The sign-in form: email and password through Identity, with lockout after repeated wrong passwords.</summary>
public sealed class SignInModel(SignInManager<StoreUser> signIn) : PageModel
{
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

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
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
}
