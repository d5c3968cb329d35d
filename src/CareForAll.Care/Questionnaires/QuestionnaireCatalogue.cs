using CareForAll.Care.Proms;
using Hl7.Fhir.Model;

namespace CareForAll.Care.Questionnaires;

/// <summary>
/// The questionnaires as FHIR R4 <see cref="Questionnaire"/> resources, ready to render as forms: one item per
/// question, answers as codings whose code is the value that is scored (Oxford 0–4 with 4 the best, EQ-5D-5L levels
/// 1–5, FFT 1–6), the EQ VAS as an integer item with <c>minValue</c>/<c>maxValue</c> extensions.
/// </summary>
/// <remarks>
/// The EQ-5D-5L (EuroQol Research Foundation) and the Oxford Hip and Knee Scores (Oxford University Innovation) are
/// licensed instruments whose exact wording may not be reproduced without a licence. The item and answer texts here are
/// CareForAll's own neutral wording naming what each item asks about, not the licensed text; a licensed deployment
/// replaces <see cref="Questionnaire.ItemComponent.Text"/> and the answer displays, keeping link ids and codes, and
/// the scoring is unchanged. The Friends and Family Test question is NHS England's standard question. Each call
/// returns a new resource, so callers may change it.
/// </remarks>
public static class QuestionnaireCatalogue
{
    /// <summary>The start of every CareForAll questionnaire's canonical URL.</summary>
    public const string BaseUrl = "https://careforall.example/fhir/Questionnaire/";

    /// <summary>The link ids of the EQ-5D-5L dimensions, in profile order.</summary>
    public static IReadOnlyList<string> Eq5dDimensionLinkIds { get; } = ["mobility", "self-care", "usual-activities", "pain-discomfort", "anxiety-depression"];

    /// <summary>The link id of the EQ VAS item.</summary>
    public const string Eq5dVasLinkId = "vas";

    /// <summary>The link id of the FFT question.</summary>
    public const string FftLinkId = "recommend";

    /// <summary>The link id of the FFT free-text reason.</summary>
    public const string FftReasonLinkId = "reason";

    /// <summary>The link ids of the 12 Oxford items, <c>q1</c> to <c>q12</c>.</summary>
    public static IReadOnlyList<string> OxfordLinkIds { get; } = [.. Enumerable.Range(1, OxfordScore.ItemCount).Select(i => $"q{i}")];

    private static readonly string[] HipTopics =
    [
        "Usual level of hip pain", "Difficulty washing and drying yourself because of your hip",
        "Difficulty getting in and out of a car or using public transport", "Difficulty putting on socks, stockings or tights",
        "Difficulty doing the household shopping on your own", "How long you can walk before hip pain becomes severe",
        "Difficulty climbing a flight of stairs", "Pain when standing up from a chair after sitting",
        "Limping when walking", "Sudden, severe pain from the hip", "How much hip pain gets in the way of your usual work",
        "Hip pain in bed at night",
    ];

    private static readonly string[] KneeTopics =
    [
        "Usual level of knee pain", "Difficulty washing and drying yourself because of your knee",
        "Difficulty getting in and out of a car or using public transport", "How long you can walk before knee pain becomes severe",
        "Pain when standing up from a chair after a meal", "Limping when walking", "Difficulty kneeling down and getting up again",
        "Knee pain in bed at night", "How much knee pain gets in the way of your usual work", "Feeling that your knee might give way",
        "Difficulty doing the household shopping on your own", "Difficulty walking down a flight of stairs",
    ];

    private static readonly string[] OxfordAnswers = ["Extreme problems or unable", "Severe problems", "Moderate problems", "Slight problems", "No problems"];

    private static readonly string[] Eq5dLevels = ["No problems", "Slight problems", "Moderate problems", "Severe problems", "Extreme problems or unable"];

    private static readonly string[] Eq5dTopics =
    [
        "Walking about today", "Washing and dressing yourself today", "Doing your usual activities today (work, study, housework, family or leisure)",
        "Pain or discomfort today", "Feeling anxious or depressed today",
    ];

    private static readonly string[] FftAnswers = ["Extremely likely", "Likely", "Neither likely nor unlikely", "Unlikely", "Extremely unlikely", "Don't know"];

    /// <summary>The short key of a questionnaire, used in URLs and the store: <c>eq5d-5l</c>, <c>oxford-hip</c>, <c>oxford-knee</c>, <c>fft</c>.</summary>
    public static string Key(QuestionnaireKind kind) => kind switch
    {
        QuestionnaireKind.Eq5d5l => "eq5d-5l",
        QuestionnaireKind.OxfordHip => "oxford-hip",
        QuestionnaireKind.OxfordKnee => "oxford-knee",
        QuestionnaireKind.FriendsAndFamilyTest => "fft",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown questionnaire"),
    };

    /// <summary>The canonical URL of a questionnaire.</summary>
    public static string Url(QuestionnaireKind kind) => BaseUrl + Key(kind);

    /// <summary>The questionnaire whose canonical URL is <paramref name="url"/> (a <c>|version</c> suffix is ignored), if any.</summary>
    public static QuestionnaireKind? FromUrl(string? url)
    {
        var bare = url?.Split('|')[0];
        return Enum.GetValues<QuestionnaireKind>().Cast<QuestionnaireKind?>().FirstOrDefault(k => Url(k!.Value) == bare);
    }

    /// <summary>A new <see cref="Questionnaire"/> resource for <paramref name="kind"/>.</summary>
    public static Questionnaire Get(QuestionnaireKind kind)
    {
        var questionnaire = new Questionnaire
        {
            Id = Key(kind),
            Url = Url(kind),
            Version = "1",
            Name = kind.ToString(),
            Status = PublicationStatus.Active,
            SubjectType = [ResourceType.Patient],
            Publisher = "CareForAll",
        };
        switch (kind)
        {
            case QuestionnaireKind.Eq5d5l:
                questionnaire.Title = "Your health today (EQ-5D-5L)";
                questionnaire.Item.AddRange(Eq5dDimensionLinkIds.Select((id, i) => Choice(kind, id, Eq5dTopics[i], required: true, Options(Eq5dLevels, first: 1))));
                var vas = new Questionnaire.ItemComponent
                {
                    LinkId = Eq5dVasLinkId,
                    Text = "How good or bad is your health today, from 0 (the worst you can imagine) to 100 (the best you can imagine)?",
                    Type = Questionnaire.QuestionnaireItemType.Integer,
                    Required = true,
                };
                vas.AddExtension(QuestionnaireResponseCheck.MinValueExtension, new Integer(0));
                vas.AddExtension(QuestionnaireResponseCheck.MaxValueExtension, new Integer(100));
                questionnaire.Item.Add(vas);
                break;
            case QuestionnaireKind.OxfordHip or QuestionnaireKind.OxfordKnee:
                var hip = kind == QuestionnaireKind.OxfordHip;
                questionnaire.Title = hip ? "Your hip over the last four weeks (Oxford Hip Score)" : "Your knee over the last four weeks (Oxford Knee Score)";
                var topics = hip ? HipTopics : KneeTopics;
                questionnaire.Item.AddRange(OxfordLinkIds.Select((id, i) => Choice(kind, id, topics[i], required: false, Options(OxfordAnswers, first: 0))));
                break;
            case QuestionnaireKind.FriendsAndFamilyTest:
                questionnaire.Title = "Friends and Family Test";
                questionnaire.SubjectType = [];
                questionnaire.Item.Add(Choice(kind, FftLinkId,
                    "Overall, how was your experience of our service? How likely are you to recommend our service to friends and family if they needed similar care or treatment?",
                    required: true, Options(FftAnswers, first: 1)));
                questionnaire.Item.Add(new Questionnaire.ItemComponent
                {
                    LinkId = FftReasonLinkId,
                    Text = "Please tell us why you gave that answer.",
                    Type = Questionnaire.QuestionnaireItemType.Text,
                    Required = false,
                });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown questionnaire");
        }

        return questionnaire;
    }

    /// <summary>The code system of the answers of <paramref name="kind"/>.</summary>
    public static string AnswerSystem(QuestionnaireKind kind) => Url(kind) + "/answers";

    private static (int Code, string Display)[] Options(string[] displays, int first) =>
        [.. displays.Select((d, i) => (first + i, d))];

    private static Questionnaire.ItemComponent Choice(QuestionnaireKind kind, string linkId, string text, bool required, (int Code, string Display)[] options)
    {
        var item = new Questionnaire.ItemComponent
        {
            LinkId = linkId,
            Text = text,
            Type = Questionnaire.QuestionnaireItemType.Choice,
            Required = required,
        };
        foreach (var (code, display) in options)
        {
            var coding = new Coding(AnswerSystem(kind), code.ToString(System.Globalization.CultureInfo.InvariantCulture), display);
            coding.AddExtension(QuestionnaireResponseCheck.OrdinalValueExtension, new FhirDecimal(code));
            item.AnswerOption.Add(new Questionnaire.AnswerOptionComponent { Value = coding });
        }

        return item;
    }
}
