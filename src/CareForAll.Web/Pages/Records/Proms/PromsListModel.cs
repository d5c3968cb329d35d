using CareForAll.Care.Questionnaires;
using CareForAll.Store;
using CareForAll.Store.Access;
using CareForAll.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareForAll.Web.Pages.Records.Proms;

/// <summary>
/// "Questionnaires about your operation": a signed-in patient's hip and knee replacements from the lake, each with its
/// pre-operative and six-month questionnaires (EQ-5D-5L and the Oxford score) and whether they are due or done. Only
/// the patient themself may see it (<see cref="AccessResource.PatientQuestionnaire"/>); the look is audited either way.
/// </summary>
public sealed class PromsListModel(StoreContext store, AccessGuard guard, TimeProvider time, IConfiguration configuration, PublishedData data) : PageModel
{
    /// <summary>The purpose written to the audit log.</summary>
    public const string Purpose = "patient answers their PROMs questionnaires";

    public long PatientId { get; private set; }

    public bool Allowed { get; private set; }

    /// <summary>Two per operation (before, six months after), oldest operation first.</summary>
    public IReadOnlyList<PromsQuestionnaireStatus> FollowUp { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        PatientId = id;
        var followUp = await PromsFollowUp.ReadAsync(store, guard, time, configuration, User, id, cancellationToken);
        Allowed = followUp is not null;
        if (followUp is null)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        FollowUp = followUp;
        return Page();
    }

    /// <summary>The name of the trust that operated, or its code when the lake does not name it.</summary>
    public string ProviderName(string code) => data.Organisation(code)?.Name ?? code;
}
