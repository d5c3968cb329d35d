using CareForAll.Core;
using CareForAll.Measures.Definitions;
using CareForAll.Web.Publishing;
using CareForAll.Web.Secured;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareForAll.Web.Pages.Secured;

/// <summary>
/// One organisation's secured results for one year (the latest unless <c>?period=</c> names another), shown only
/// when the store's access policy allows it; every view is audited, allowed or denied.
/// </summary>
public sealed class OrganisationModel(SecuredResultsReader reader, SecuredResults results, PublishedData data) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "period")]
    public string? Period { get; set; }

    public bool Allowed { get; private set; }

    public bool Available => results.Available;

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public IReadOnlyList<string> Periods { get; private set; } = [];

    public IReadOnlyList<(MeasureDefinition Measure, SecuredResult Row)> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!OdsCode.TryParse(code, null, out var organisation))
        {
            return NotFound();
        }

        Code = organisation.ToString();
        Name = data.Organisation(Code)?.Name ?? Code;
        var read = await reader.ReadAsync(User, organisation, $"secured-results/{Code}", cancellationToken);
        Allowed = read.Decision.Allowed;
        if (!Allowed)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        Periods = [.. read.Rows.Select(r => r.Result.Period).Distinct().Order(StringComparer.Ordinal)];
        Period = Period is not null && Periods.Contains(Period) ? Period : Periods.LastOrDefault();
        Rows = [.. read.Rows.Where(r => r.Result.Period == Period)
            .Select(r => (data.Measure(r.Result.MeasureId)!, r))
            .OrderBy(x => x.Item1.Domain, StringComparer.Ordinal).ThenBy(x => x.Item1.Title, StringComparer.Ordinal)];
        return Page();
    }
}
