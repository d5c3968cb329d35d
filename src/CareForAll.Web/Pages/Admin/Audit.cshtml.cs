using CareForAll.Store.Access;
using CareForAll.Store.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareForAll.Web.Pages.Admin;

/// <summary>The audit log search, for administrators only (the search itself is audited by <see cref="AuditLog"/>).</summary>
public sealed class AuditModel(AuditLog auditLog) : PageModel
{
    /// <summary>Only this user's accesses (Identity user id).</summary>
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "patient")]
    public long? PatientId { get; set; }

    public IReadOnlyList<AuditEntry>? Entries { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            var query = new AuditQuery { UserId = string.IsNullOrWhiteSpace(UserId) ? null : UserId.Trim(), PatientId = PatientId };
            Entries = await auditLog.SearchAsync(AccessSubject.FromPrincipal(User), query, "audit review", cancellationToken);
        }
        catch (AccessDeniedException)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return Page();
    }
}
