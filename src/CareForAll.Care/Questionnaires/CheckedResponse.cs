namespace CareForAll.Care.Questionnaires;

/// <summary>
/// The outcome of checking a <c>QuestionnaireResponse</c> against its questionnaire: the problems (empty when it is
/// valid), the whole-number answers by link id (choice codes and integers) and the free-text answers.
/// </summary>
/// <param name="Kind">Which questionnaire it answers; null when it names none of ours.</param>
/// <param name="Problems">One line per problem, naming the item, e.g. "q3: 7 is not one of the answers (0, 1, 2, 3, 4)".</param>
/// <param name="Numbers">Answered choice codes and integers, by link id.</param>
/// <param name="Texts">Answered free text, by link id.</param>
public sealed record CheckedResponse(
    QuestionnaireKind? Kind,
    IReadOnlyList<string> Problems,
    IReadOnlyDictionary<string, int> Numbers,
    IReadOnlyDictionary<string, string> Texts)
{
    /// <summary>True when there are no problems.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>The answer to <paramref name="linkId"/>, or null when unanswered.</summary>
    public int? Number(string linkId) => Numbers.TryGetValue(linkId, out var value) ? value : null;
}
