using CareForAll.Care.Questionnaires;
using CareForAll.Store;
using CareForAll.Store.Access;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareForAll.Web.Pages.Records.Proms;

/// <summary>
/// One stage's PROMs questionnaires about one operation, as one no-JS form: EQ-5D-5L (five radio questions and the EQ
/// VAS, all required) and the Oxford Hip or Knee Score of the procedure (12 radio questions). Posted with an
/// anti-forgery token; both answers are checked first and saved only together through
/// <see cref="QuestionnaireCapture.SubmitPromsAsync"/> (audited), then <see cref="QuestionnaireLakeWriter"/> adds the
/// stage's row to the lake's proms_response and the page shows the scores.
/// </summary>
/// <remarks>
/// Unanswered Oxford items follow the published rule (<see cref="CareForAll.Care.Proms.OxfordScore"/>): one or two are
/// filled in from the mean of the others; with more than two there is no score, so the form asks for at least ten
/// answers. Only the patient themself may see or post it, and only while the stage is due.
/// </remarks>
public sealed class PromsQuestionnaireModel(StoreContext store, AccessGuard guard, TimeProvider time, IConfiguration configuration) : PageModel
{
    private static readonly SemaphoreSlim Posting = new(1, 1);

    public long PatientId { get; private set; }

    public bool Allowed { get; private set; }

    /// <summary>The operation and stage asked about.</summary>
    public PromsQuestionnaireStatus Status { get; private set; } = null!;

    /// <summary>The questionnaires of the stage, in the order the form asks them.</summary>
    public IReadOnlyList<Questionnaire> Questionnaires { get; private set; } = [];

    /// <summary>The answers posted, by field name (link id), to show again after an error.</summary>
    public IReadOnlyDictionary<string, string?> Answers { get; private set; } = new Dictionary<string, string?>();

    /// <summary>The problems with the answers: the id of the field to go to and the message.</summary>
    public IReadOnlyList<(string Id, string Message)> Errors { get; private set; } = [];

    /// <summary>The scores of a saved answer: the EQ-5D-5L and the Oxford result.</summary>
    public (QuestionnaireScores Eq5d, QuestionnaireScores Oxford)? Saved { get; private set; }

    /// <summary>True when the saved answers are in the lake's proms_response.</summary>
    public bool InLake { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, long spellId, string stage, CancellationToken cancellationToken) =>
        await FindAsync(id, spellId, stage, cancellationToken) ?? Page();

    /// <summary>
    /// One post at a time: a second click on "Send my answers" waits, then finds the stage done instead of saving the
    /// answers (and writing the lake) twice.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(long id, long spellId, string stage, CancellationToken cancellationToken)
    {
        await Posting.WaitAsync(cancellationToken);
        try
        {
            return await PostAsync(id, spellId, stage, cancellationToken);
        }
        finally
        {
            Posting.Release();
        }
    }

    private async Task<IActionResult> PostAsync(long id, long spellId, string stage, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, spellId, stage, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Status.State != PromsQuestionnaireState.Due)
        {
            return Page();
        }

        Answers = Questionnaires.SelectMany(q => q.Item).ToDictionary(i => i.LinkId!, i => (string?)Request.Form[i.LinkId!].ToString(), StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var responses = Status.Questionnaires.Select(kind => QuestionnaireResponseForm.Build(kind, Answers, today)).ToList();
        Errors = [.. responses.SelectMany(r => FieldErrors(QuestionnaireResponseCheck.Check(r)))];
        if (Errors.Count > 0)
        {
            return Page();
        }

        var capture = new QuestionnaireCapture(store, guard, time);
        var user = AccessSubject.FromPrincipal(User);
        var results = new List<SubmissionResult>();
        foreach (var response in responses)
        {
            results.Add(await capture.SubmitPromsAsync(user, Status.Spell, Status.Stage, response, PromsListModel.Purpose, cancellationToken));
        }

        if (results.FirstOrDefault(r => !r.Saved) is { } notSaved)
        {
            Errors = [.. notSaved.Checked.Problems.Select(p => (FieldId(Questionnaires[0].Item[0]), p))];
            return Page();
        }

        Saved = (results[0].Scores!, results[1].Scores!);
        var written = await new QuestionnaireLakeWriter(store, time).AppendPendingAsync(PromsFollowUp.LakeFolder(configuration), cancellationToken);
        InLake = written.PromsRows > 0;
        Status = Status with { State = PromsQuestionnaireState.Done };
        return Page();
    }

    /// <summary>The message for the field with id <paramref name="id"/>, or null when it has none.</summary>
    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Id == id).Message;

    /// <summary>The answer posted for <paramref name="linkId"/>, if any.</summary>
    public string? Answer(string linkId) => Answers.GetValueOrDefault(linkId);

    /// <summary>The id of a choice item's first radio, where the error summary links to.</summary>
    public static string FieldId(Questionnaire.ItemComponent item) =>
        item?.Type == Questionnaire.QuestionnaireItemType.Choice ? $"{item.LinkId}-{((Coding)item.AnswerOption[0].Value).Code}" : item?.LinkId ?? "";

    /// <summary>Finds the patient's operation and stage; a result to return at once when access is denied or there is no such thing.</summary>
    private async Task<IActionResult?> FindAsync(long id, long spellId, string stage, CancellationToken cancellationToken)
    {
        PatientId = id;
        var followUp = await PromsFollowUp.ReadAsync(store, guard, time, configuration, User, id, cancellationToken);
        Allowed = followUp is not null;
        if (followUp is null)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        var wanted = PromsStageExtensions.FromLakeValue(stage);
        if (followUp.FirstOrDefault(f => f.Spell.SpellId == spellId && f.Stage == wanted) is not { } status)
        {
            return NotFound();
        }

        Status = status;
        Questionnaires = [.. status.Questionnaires.Select(QuestionnaireCatalogue.Get)];
        return null;
    }

    private IEnumerable<(string Id, string Message)> FieldErrors(CheckedResponse check)
    {
        var items = Questionnaires.First(q => q.Url == QuestionnaireCatalogue.Url(check.Kind!.Value)).Item;
        foreach (var item in items)
        {
            if (!check.Problems.Any(p => p.StartsWith(item.LinkId + ":", StringComparison.Ordinal)))
            {
                continue;
            }

            yield return (FieldId(item), item.LinkId == QuestionnaireCatalogue.Eq5dVasLinkId
                ? "Enter a whole number from 0 to 100 for how good or bad your health is today"
                : $"Select an answer for: {item.Text}");
        }

        if (check.IsValid && check.Kind is QuestionnaireKind.OxfordHip or QuestionnaireKind.OxfordKnee && QuestionnaireScores.Score(check).Oxford is null)
        {
            var unanswered = items.Where(i => check.Number(i.LinkId!) is null).ToList();
            var joint = check.Kind == QuestionnaireKind.OxfordHip ? "hip" : "knee";
            yield return (FieldId(unanswered[0]),
                $"Answer at least {CareForAll.Care.Proms.OxfordScore.ItemCount - CareForAll.Care.Proms.OxfordScore.MaxMissingItems} of the {CareForAll.Care.Proms.OxfordScore.ItemCount} questions about your {joint}: {unanswered.Count} are not answered");
        }
    }
}
