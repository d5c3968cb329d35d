namespace CareForAll.Care.Questionnaires;

/// <summary>
/// One stage of PROMs follow-up of one operation: which questionnaires it asks (EQ-5D-5L and the Oxford score of the
/// procedure), when it opens and closes, and whether it is due or done.
/// </summary>
/// <remarks>
/// As in the NHS PROMs programme, the pre-operative questionnaires are answered before the operation (open until the
/// day before admission) and the post-operative ones six months after it (open from the day six months after
/// admission, with no closing date). Immutable.
/// </remarks>
/// <param name="Spell">The operation.</param>
/// <param name="Stage">Before or six months after it.</param>
/// <param name="State">Due, done, not yet due or closed, on the day it was worked out.</param>
public sealed record PromsQuestionnaireStatus(PromsSpell Spell, PromsStage Stage, PromsQuestionnaireState State)
{
    /// <summary>How many months after the operation the post-operative questionnaires open.</summary>
    public const int FollowUpMonths = 6;

    /// <summary>The first day the questionnaires may be answered; null for the pre-operative ones (open as soon as the operation is planned).</summary>
    public DateOnly? OpensOn => Stage == PromsStage.SixMonthsPostOperative ? Spell.AdmissionDate.AddMonths(FollowUpMonths) : null;

    /// <summary>The last day the questionnaires may be answered; null when there is none.</summary>
    public DateOnly? ClosesOn => Stage == PromsStage.PreOperative ? Spell.AdmissionDate.AddDays(-1) : null;

    /// <summary>The questionnaires of this stage: EQ-5D-5L, then the Oxford Hip or Knee Score of the procedure.</summary>
    public IReadOnlyList<QuestionnaireKind> Questionnaires => [QuestionnaireKind.Eq5d5l, Spell.OxfordQuestionnaire];

    /// <summary>The status of <paramref name="stage"/> of <paramref name="spell"/> on <paramref name="today"/>, given whether it has been answered.</summary>
    public static PromsQuestionnaireStatus On(PromsSpell spell, PromsStage stage, bool answered, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(spell);
        var status = new PromsQuestionnaireStatus(spell, stage, PromsQuestionnaireState.Due);
        var state = answered ? PromsQuestionnaireState.Done
            : status.ClosesOn is { } closes && today > closes ? PromsQuestionnaireState.Closed
            : status.OpensOn is { } opens && today < opens ? PromsQuestionnaireState.NotYetDue
            : PromsQuestionnaireState.Due;
        return status with { State = state };
    }
}
