using CareForAll.Store.Questionnaires;

namespace CareForAll.Care.Questionnaires;

/// <summary>What happened to a submitted questionnaire: saved with its scores, or refused with the problems to show.</summary>
/// <param name="Submission">The saved submission; null when refused.</param>
/// <param name="Checked">The check of the response, with its problems.</param>
/// <param name="Scores">The scores; null when refused.</param>
public sealed record SubmissionResult(QuestionnaireSubmission? Submission, CheckedResponse Checked, QuestionnaireScores? Scores)
{
    /// <summary>True when the response was saved.</summary>
    public bool Saved => Submission is not null;
}
