using CareForAll.Care.Questionnaires;

namespace CareForAll.Care.Tests.Questionnaires;

/// <summary>
/// When a patient's PROMs questionnaires are due: before the operation (closing the day before admission) and six
/// months after it (the NHS PROMs programme's follow-up), and done once answered.
/// </summary>
public sealed class PromsQuestionnaireStatusTests
{
    private static readonly PromsSpell Hip = new(1, 1, "RXH", PromsSpell.HipReplacement, 70, "F", new DateOnly(2010, 3, 15));

    [Theory]
    [InlineData(PromsStage.PreOperative, "2010-03-14", false, PromsQuestionnaireState.Due)]
    [InlineData(PromsStage.PreOperative, "2010-03-15", false, PromsQuestionnaireState.Closed)]
    [InlineData(PromsStage.PreOperative, "2010-03-15", true, PromsQuestionnaireState.Done)]
    [InlineData(PromsStage.SixMonthsPostOperative, "2010-09-14", false, PromsQuestionnaireState.NotYetDue)]
    [InlineData(PromsStage.SixMonthsPostOperative, "2010-09-15", false, PromsQuestionnaireState.Due)]
    [InlineData(PromsStage.SixMonthsPostOperative, "2015-01-01", false, PromsQuestionnaireState.Due)]
    [InlineData(PromsStage.SixMonthsPostOperative, "2010-10-01", true, PromsQuestionnaireState.Done)]
    public void StateOnTheDay(PromsStage stage, string today, bool answered, PromsQuestionnaireState expected)
    {
        var status = PromsQuestionnaireStatus.On(Hip, stage, answered, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, status.State);
    }

    [Fact]
    public void EachStageAsksEq5dAndTheOxfordScoreOfTheJoint()
    {
        var knee = Hip with { Procedure = PromsSpell.KneeReplacement };

        Assert.Equal([QuestionnaireKind.Eq5d5l, QuestionnaireKind.OxfordHip], PromsQuestionnaireStatus.On(Hip, PromsStage.PreOperative, false, Hip.AdmissionDate).Questionnaires);
        Assert.Equal([QuestionnaireKind.Eq5d5l, QuestionnaireKind.OxfordKnee], PromsQuestionnaireStatus.On(knee, PromsStage.SixMonthsPostOperative, false, Hip.AdmissionDate).Questionnaires);
    }
}
