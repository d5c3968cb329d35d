using CareForAll.Care.Proms;
using CareForAll.Care.Questionnaires;
using CareForAll.Tests;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace CareForAll.Care.Tests.Questionnaires;

/// <summary>
/// The questionnaires as FHIR resources, the checks on answers, and the scoring of each questionnaire including missing
/// items (Murray et al. J Bone Joint Surg Br 2007;89:1010-4 and the NHS PROMs guidance for Oxford scores; Devlin et al.
/// Health Econ 2018;27:7-22 for the England EQ-5D-5L value set; van Hout et al. Value Health 2012;15:708-15 for the crosswalk).
/// </summary>
public sealed class QuestionnaireTests
{
    private static readonly DateOnly Day = new(2010, 1, 15);

    private static CheckedResponse Answer(QuestionnaireKind kind, params (string LinkId, string? Value)[] fields) =>
        QuestionnaireResponseCheck.Check(QuestionnaireResponseForm.Build(kind, fields.ToDictionary(f => f.LinkId, f => f.Value), Day));

    private static (string, string?)[] Oxford(params int?[] items) =>
        [.. items.Select((v, i) => ($"q{i + 1}", v?.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    [Fact]
    public void OxfordQuestionnairesHaveTwelveItemsScoredZeroToFourAndSurviveFhirJson()
    {
        foreach (var kind in new[] { QuestionnaireKind.OxfordHip, QuestionnaireKind.OxfordKnee })
        {
            var json = QuestionnaireCatalogue.Get(kind).ToJson();
            var parsed = new FhirJsonDeserializer(new DeserializerSettings()).Deserialize<Questionnaire>(json);

            Assert.Equal(QuestionnaireCatalogue.Url(kind), parsed.Url);
            Assert.Equal(12, parsed.Item.Count);
            Assert.All(parsed.Item, item => Assert.Equal(["0", "1", "2", "3", "4"], item.AnswerOption.Select(o => ((Coding)o.Value).Code)));
        }
    }

    [Fact]
    public void Eq5dHasFiveDimensionsWithLevelsOneToFiveAndAVasFromZeroTo100()
    {
        var questionnaire = QuestionnaireCatalogue.Get(QuestionnaireKind.Eq5d5l);

        Assert.Equal(["mobility", "self-care", "usual-activities", "pain-discomfort", "anxiety-depression", "vas"], questionnaire.Item.Select(i => i.LinkId));
        Assert.All(questionnaire.Item.Take(5), item => Assert.Equal(["1", "2", "3", "4", "5"], item.AnswerOption.Select(o => ((Coding)o.Value).Code)));
        Assert.Equal(Questionnaire.QuestionnaireItemType.Integer, questionnaire.Item[5].Type);
    }

    [Fact]
    public void OxfordTotalsAllFoursTo48AndImputesUpToTwoMissingItemsWithTheMeanOfTheRest()
    {
        var best = QuestionnaireScores.Score(Answer(QuestionnaireKind.OxfordHip, Oxford(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4)));
        // Ten answered items summing to 25 (mean 2.5): the two missing items count 2.5 each, total 30.
        var twoMissing = QuestionnaireScores.Score(Answer(QuestionnaireKind.OxfordKnee, Oxford(3, 3, 3, 3, 3, 2, 2, 2, 2, 2, null, null)));
        var threeMissing = QuestionnaireScores.Score(Answer(QuestionnaireKind.OxfordHip, Oxford(3, 3, 3, 3, 3, 2, 2, 2, 2, null, null, null)));

        Assert.Equal(48, best.Oxford);
        Assert.Equal(30, twoMissing.Oxford);
        Assert.Null(threeMissing.Oxford);
    }

    [Fact]
    public void Eq5dScoresWithTheEnglandValueSetOrTheCrosswalkWhenConfigured()
    {
        var full = Answer(QuestionnaireKind.Eq5d5l, ("mobility", "1"), ("self-care", "1"), ("usual-activities", "1"), ("pain-discomfort", "1"), ("anxiety-depression", "1"), ("vas", "90"));
        var worst = Answer(QuestionnaireKind.Eq5d5l, ("mobility", "5"), ("self-care", "5"), ("usual-activities", "5"), ("pain-discomfort", "5"), ("anxiety-depression", "5"), ("vas", "10"));
        var crosswalk = Eq5d5lCrosswalk.Load(RepositoryPaths.SharedData("reference", "eq5d5l_crosswalk_uk.csv"));

        var england = QuestionnaireScores.Score(full);
        var worstEngland = QuestionnaireScores.Score(worst);
        var worstCrosswalk = QuestionnaireScores.Score(worst, crosswalk);

        Assert.Equal(("11111", 1.0, 90, "england-5l"), (england.Eq5dProfile.ToString(), england.Eq5dIndex!.Value, england.Eq5dVas!.Value, england.Eq5dValueSet));
        Assert.Equal(-0.285, worstEngland.Eq5dIndex); // Devlin et al. 2018: 55555 is the lowest value, -0.285
        Assert.Equal((crosswalk.Index(Eq5d5lProfile.FromDigits("55555")), "crosswalk-3l"), (worstCrosswalk.Eq5dIndex!.Value, worstCrosswalk.Eq5dValueSet));
    }

    [Fact]
    public void FftScoresTheAnswerAndKeepsTheReason()
    {
        var answer = Answer(QuestionnaireKind.FriendsAndFamilyTest, ("recommend", "2"), ("reason", " Kind staff "));

        Assert.True(answer.IsValid);
        Assert.Equal(2, QuestionnaireScores.Score(answer).FftAnswer);
        Assert.Equal("Kind staff", answer.Texts["reason"]);
    }

    [Fact]
    public void BadAnswersAreRefusedNamingTheItem()
    {
        var outOfRange = Answer(QuestionnaireKind.OxfordHip, Oxford(4, 4, 7, 4, 4, 4, 4, 4, 4, 4, 4, 4));
        var noVas = Answer(QuestionnaireKind.Eq5d5l, ("mobility", "1"), ("self-care", "1"), ("usual-activities", "1"), ("pain-discomfort", "1"), ("anxiety-depression", "6"));
        var vasTooHigh = Answer(QuestionnaireKind.Eq5d5l, ("mobility", "1"), ("self-care", "1"), ("usual-activities", "1"), ("pain-discomfort", "1"), ("anxiety-depression", "1"), ("vas", "101"));
        var noFft = Answer(QuestionnaireKind.FriendsAndFamilyTest);
        var draft = QuestionnaireResponseForm.Build(QuestionnaireKind.FriendsAndFamilyTest, new Dictionary<string, string?> { ["recommend"] = "1" }, Day);
        draft.Status = QuestionnaireResponse.QuestionnaireResponseStatus.InProgress;
        var stranger = new QuestionnaireResponse { Questionnaire = "https://example.org/Questionnaire/other", Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed };

        Assert.Equal(["q3: 7 is not one of the answers (0, 1, 2, 3, 4)"], outOfRange.Problems);
        Assert.Equal(["anxiety-depression: 6 is not one of the answers (1, 2, 3, 4, 5)", "vas: an answer is required"], noVas.Problems);
        Assert.Equal(["vas: 101 is outside 0 to 100"], vasTooHigh.Problems);
        Assert.Equal(["recommend: an answer is required"], noFft.Problems);
        Assert.Equal(["status: must be completed; got InProgress"], QuestionnaireResponseCheck.Check(draft).Problems);
        Assert.Null(QuestionnaireResponseCheck.Check(stranger).Kind);
        Assert.Throws<ArgumentException>(() => QuestionnaireScores.Score(outOfRange));
    }
}
