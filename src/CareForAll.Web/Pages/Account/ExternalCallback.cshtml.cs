using CareForAll.Store.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CareForAll.Web.Pages.Account;

/// <summary>
/// Where NHS login and CIS2 come back to: reads the provider's claims from Identity's external cookie
/// (<see cref="ExternalClaimsReader"/>), finds or creates the store user (<see cref="ExternalUserLinker"/>), signs
/// them in and drops the external cookie. Anything wrong is shown with status 400 and nobody is signed in.
/// </summary>
public sealed class ExternalCallbackModel(SignInManager<StoreUser> signIn, ExternalUserLinker linker, IOptions<ExternalLoginOptions> options) : PageModel
{
    public string Problem { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || external.Properties?.Items.TryGetValue(SignInModel.SchemeItem, out var scheme) != true || scheme is null)
        {
            return Refuse("No NHS sign-in is in progress. Start again from the sign-in page.");
        }

        var identity = ExternalClaimsReader.Read(scheme, external.Principal!, options.Value.Cis2Roles.AsReadOnly());
        if (identity.Identity is null)
        {
            return Refuse(identity.Problem!);
        }

        var user = await linker.LinkAsync(identity.Identity, cancellationToken);
        if (user.User is null)
        {
            return Refuse(user.Problem!);
        }

        await signIn.SignInAsync(user.User, isPersistent: false, authenticationMethod: scheme);
        return LocalRedirect("/");
    }

    private PageResult Refuse(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
