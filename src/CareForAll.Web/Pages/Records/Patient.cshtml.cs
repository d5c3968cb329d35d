using CareForAll.Store.Access;
using CareForAll.Web.Account;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareForAll.Web.Pages.Records;

/// <summary>
/// A patient's record summary from the lake, shown only when <see cref="AccessGuard"/> allows it (and audited
/// either way): the patient themself, or a clinician of an organisation they are registered with or treated by.
/// </summary>
public sealed class PatientModel(AccessGuard guard, PatientLake lake) : PageModel
{
    public PatientRecordSummary? Record { get; private set; }

    public bool Allowed { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var decision = await guard.CheckAsync(
            AccessSubject.FromPrincipal(User), AccessAction.Read, AccessResource.PatientRecord(id, $"lake-record/{id}"), "direct care", cancellationToken);
        Allowed = decision.Allowed;
        if (!Allowed)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        Record = lake.Read(id);
        return Record is null ? NotFound() : Page();
    }
}
