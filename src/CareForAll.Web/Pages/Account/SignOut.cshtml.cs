using CareForAll.Store.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareForAll.Web.Pages.Account;

/// <summary>Signs out on POST (anti-forgery checked, so another site cannot sign you out); GET shows the button.</summary>
public sealed class SignOutModel(SignInManager<StoreUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
