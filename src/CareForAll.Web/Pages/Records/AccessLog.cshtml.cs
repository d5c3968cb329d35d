using CareForAll.Store.Access;
using CareForAll.Store.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareForAll.Web.Pages.Records;

/// <summary>"Who looked at my record": every decision about the patient's record, for the patient themself (and administrators).</summary>
public sealed class AccessLogModel(AuditLog auditLog) : PageModel
{
    public long PatientId { get; private set; }

    public IReadOnlyList<AuditEntry>? Entries { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        PatientId = id;
        try
        {
            Entries = await auditLog.WhoLookedAtAsync(AccessSubject.FromPrincipal(User), id, cancellationToken);
        }
        catch (AccessDeniedException)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return Page();
    }
}
