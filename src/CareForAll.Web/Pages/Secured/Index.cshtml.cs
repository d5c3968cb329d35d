using CareForAll.Core;
using CareForAll.Store;
using CareForAll.Store.Access;
using CareForAll.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareForAll.Web.Pages.Secured;

/// <summary>
/// The way in to the secured results for the roles that may read some (<see cref="AccessPolicy.ReadsSecuredResults"/>):
/// the user's organisation, the organisations under it and a box for any other code. Shows no figures itself.
/// </summary>
public sealed class IndexModel(PublishedData data, StoreContext store) : PageModel
{
    /// <summary>A code typed into the box.</summary>
    [BindProperty(SupportsGet = true, Name = "organisation")]
    public string? Organisation { get; set; }

    public bool Allowed { get; private set; }

    public string? Problem { get; private set; }

    public (string Code, string Name)? Own { get; private set; }

    public IReadOnlyList<(string Code, string Name)> Parts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = AccessSubject.FromPrincipal(User);
        Allowed = AccessPolicy.ReadsSecuredResults(user.Role);
        if (!Allowed)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        if (Organisation is not null)
        {
            if (OdsCode.TryParse(Organisation.Trim(), null, out var code))
            {
                return LocalRedirect($"/secured/organisations/{code}");
            }

            Problem = "Enter an ODS code of 3 to 6 letters and digits, for example RXH.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        if (user.Organisation is { } own)
        {
            var code = own.ToString();
            var stored = await store.Organisations.AsNoTracking().Where(o => o.Code == code || o.ParentCode == code)
                .Select(o => new { o.Code, o.Name, o.ParentCode }).ToListAsync(cancellationToken);
            Own = (code, data.Organisation(code)?.Name ?? stored.FirstOrDefault(o => o.Code == code)?.Name ?? code);
            Parts = [.. data.Organisations.Where(o => string.Equals(o.ParentCode, code, StringComparison.OrdinalIgnoreCase)).Select(o => (o.Code, o.Name))
                .Concat(stored.Where(o => o.ParentCode == code).Select(o => (o.Code, o.Name)))
                .DistinctBy(o => o.Code, StringComparer.OrdinalIgnoreCase)
                .OrderBy(o => o.Name, StringComparer.Ordinal)];
        }

        return Page();
    }
}
