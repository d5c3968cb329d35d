using System.Security.Claims;
using CareForAll.Care.Questionnaires;
using CareForAll.Store;
using CareForAll.Store.Access;

namespace CareForAll.Web.Pages.Records.Proms;

/// <summary>What the PROMs pages share: the patient's follow-up read through <see cref="QuestionnaireCapture"/>, and the words for it.</summary>
public static class PromsFollowUp
{
    /// <summary>
    /// The follow-up of <paramref name="patientId"/>'s operations for the signed-in <paramref name="user"/> (one audited
    /// read of the lake folder the settings name), or null when access is denied.
    /// </summary>
    public static async Task<IReadOnlyList<PromsQuestionnaireStatus>?> ReadAsync(
        StoreContext store, AccessGuard guard, TimeProvider time, IConfiguration configuration, ClaimsPrincipal user, long patientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var capture = new QuestionnaireCapture(store, guard, time);
        try
        {
            using var lake = CareForAll.Data.Lake.Open(LakeFolder(configuration));
            return await capture.PromsFollowUpAsync(AccessSubject.FromPrincipal(user), patientId, lake, PromsListModel.Purpose, cancellationToken);
        }
        catch (AccessDeniedException)
        {
            return null;
        }
    }

    /// <summary>The lake folder of the site's settings.</summary>
    public static string LakeFolder(IConfiguration configuration) =>
        configuration?[WebSite.LakeSetting] ?? throw new InvalidOperationException($"Set {WebSite.LakeSetting} to the lake folder.");

    /// <summary>"Hip replacement" or "Knee replacement".</summary>
    public static string ProcedureName(PromsSpell spell) =>
        spell?.Procedure == PromsSpell.HipReplacement ? "Hip replacement" : "Knee replacement";

    /// <summary>"Before your operation" or "Six months after your operation".</summary>
    public static string StageName(PromsStage stage) =>
        stage == PromsStage.PreOperative ? "Before your operation" : "Six months after your operation";

    /// <summary>The words and the nhsuk-tag colour of a state.</summary>
    public static (string Words, string TagClass) StateTag(PromsQuestionnaireState state) => state switch
    {
        PromsQuestionnaireState.Done => ("Done", "nhsuk-tag--green"),
        PromsQuestionnaireState.Due => ("To do", "nhsuk-tag--blue"),
        PromsQuestionnaireState.NotYetDue => ("Not yet", "nhsuk-tag--grey"),
        _ => ("Closed", "nhsuk-tag--grey"),
    };

    /// <summary>A day in words, e.g. 12 March 2010.</summary>
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
