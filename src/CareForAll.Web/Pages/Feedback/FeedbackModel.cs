using CareForAll.Care.Questionnaires;
using CareForAll.Store;
using CareForAll.Store.Access;
using CareForAll.Store.Audit;
using CareForAll.Web.Publishing;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareForAll.Web.Pages.Feedback;

/// <summary>
/// The NHS Friends and Family Test for one GP practice or hospital: the FFT question and an optional reason, posted
/// with an anti-forgery token, checked with <see cref="QuestionnaireResponseCheck"/> and, when the site is given the
/// operational store (<see cref="StoreSetting"/>), saved anonymously through
/// <see cref="QuestionnaireCapture.SubmitFftAsync"/>. Without a store the answer is checked and thanked for, not kept.
/// </summary>
public sealed class FeedbackModel(PublishedData data, IConfiguration configuration) : PageModel
{
    /// <summary>The setting naming the operational store's connection string, shared with sign-in.</summary>
    public const string StoreSetting = CareForAll.Web.Account.SignInSetup.StoreSetting;

    /// <summary>The hospital services a trust's or site's answer can be about, with their labels.</summary>
    public static IReadOnlyList<(string Setting, string Label)> HospitalSettings { get; } =
    [
        ("inpatient", "A stay in hospital"),
        ("ae", "A&E (accident and emergency)"),
        ("maternity", "Maternity care"),
    ];

    /// <summary>The FFT question as the catalogue words it.</summary>
    public static Questionnaire.ItemComponent Question { get; } = Item(QuestionnaireCatalogue.FftLinkId);

    /// <summary>The reason question as the catalogue words it.</summary>
    public static Questionnaire.ItemComponent ReasonQuestion { get; } = Item(QuestionnaireCatalogue.FftReasonLinkId);

    /// <summary>The FFT answers: code and words.</summary>
    public static IReadOnlyList<Coding> Answers { get; } = [.. Question.AnswerOption.Select(o => (Coding)o.Value)];

    [FromRoute(Name = "organisationCode")]
    public string OrganisationCode { get; set; } = "";

    [BindProperty(Name = "recommend")]
    public string? Recommend { get; set; }

    [BindProperty(Name = "reason")]
    public string? Reason { get; set; }

    [BindProperty(Name = "setting")]
    public string? Setting { get; set; }

    public Organisation Organisation { get; private set; } = null!;

    /// <summary>True when the answer must say which hospital service it is about.</summary>
    public bool AsksForSetting => Organisation.Kind != OrganisationKinds.Practice;

    /// <summary>The problems with the answer: the id of the field and the message.</summary>
    public IReadOnlyList<(string Id, string Message)> Errors { get; private set; } = [];

    /// <summary>True once a valid answer has been taken.</summary>
    public bool Thanked { get; private set; }

    /// <summary>True when the answer was saved in the operational store.</summary>
    public bool Saved { get; private set; }

    public IActionResult OnGet() => Find() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Find())
        {
            return NotFound();
        }

        var response = QuestionnaireResponseForm.Build(
            QuestionnaireKind.FriendsAndFamilyTest,
            new Dictionary<string, string?> { [QuestionnaireCatalogue.FftLinkId] = Recommend, [QuestionnaireCatalogue.FftReasonLinkId] = Reason },
            DateOnly.FromDateTime(DateTime.UtcNow));
        var errors = QuestionnaireResponseCheck.Check(response).Problems.Select(FieldError).ToList();
        var setting = AsksForSetting ? Setting : "gp";
        if (!HospitalSettings.Any(s => s.Setting == setting) && setting != "gp")
        {
            errors.Add(("setting-inpatient", "Select which service your answer is about"));
        }

        Errors = errors;
        if (errors.Count > 0)
        {
            return Page();
        }

        if (configuration[StoreSetting] is { Length: > 0 } connectionString)
        {
            await using var store = StoreDatabase.CreateContext(connectionString);
            var guard = new AccessGuard(
                new AccessPolicy(new StoreCareRelationships(store), new StoreOrganisationHierarchy(store)), new AuditLog(store, TimeProvider.System));
            var capture = new QuestionnaireCapture(store, guard, TimeProvider.System);
            var result = await capture.SubmitFftAsync(AccessSubject.Anonymous, Organisation.Code, siteCode: null, setting!, response, cancellationToken);
            Errors = [.. result.Checked.Problems.Select(FieldError)];
            if (!result.Saved)
            {
                return Page();
            }

            Saved = true;
        }

        Thanked = true;
        return Page();
    }

    /// <summary>The message for the field with id <paramref name="id"/>, or null when it has none.</summary>
    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Id == id).Message;

    private bool Find()
    {
        Organisation = data.Organisation(OrganisationCode)!;
        return Organisation is not null && TakesFeedback(Organisation.Kind);
    }

    /// <summary>True when organisations of <paramref name="kind"/> take Friends and Family Test answers: GP practices, trusts and sites.</summary>
    public static bool TakesFeedback(string kind) => kind is OrganisationKinds.Practice or OrganisationKinds.Trust or OrganisationKinds.Site;

    private static (string Id, string Message) FieldError(string problem) =>
        problem.StartsWith(QuestionnaireCatalogue.FftLinkId + ":", StringComparison.Ordinal)
            ? ("recommend-1", "Select how likely you are to recommend this service to friends and family")
            : problem.StartsWith(QuestionnaireCatalogue.FftReasonLinkId + ":", StringComparison.Ordinal)
                ? ("reason", "Your reason " + problem[(QuestionnaireCatalogue.FftReasonLinkId.Length + 1)..].Trim())
                : ("recommend-1", problem);

    private static Questionnaire.ItemComponent Item(string linkId) =>
        QuestionnaireCatalogue.Get(QuestionnaireKind.FriendsAndFamilyTest).Item.First(i => i.LinkId == linkId);
}
