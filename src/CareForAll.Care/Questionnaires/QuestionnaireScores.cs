using CareForAll.Care.Proms;

namespace CareForAll.Care.Questionnaires;

/// <summary>
/// The scores of a checked response: Oxford totals with the published rule for missing items
/// (<see cref="OxfordScore"/>), the EQ-5D-5L profile, index and VAS, and the FFT answer.
/// </summary>
/// <param name="Oxford">Oxford Hip or Knee total 0–48 (fractional when items were imputed); null for other questionnaires
/// or with more than two items unanswered.</param>
/// <param name="Eq5dProfile">The EQ-5D-5L profile, when all five dimensions are answered.</param>
/// <param name="Eq5dIndex">The EQ-5D index of the profile.</param>
/// <param name="Eq5dValueSet"><c>england-5l</c> (Devlin et al. 2018) or <c>crosswalk-3l</c> (van Hout et al. 2012).</param>
/// <param name="Eq5dVas">The EQ VAS, 0–100.</param>
/// <param name="FftAnswer">The FFT answer 1–6.</param>
public sealed record QuestionnaireScores(
    double? Oxford, Eq5d5lProfile? Eq5dProfile, double? Eq5dIndex, string? Eq5dValueSet, int? Eq5dVas, int? FftAnswer)
{
    /// <summary>The value-set name of the England EQ-5D-5L value set.</summary>
    public const string EnglandValueSet = "england-5l";

    /// <summary>The value-set name of the crosswalk to the EQ-5D-3L UK value set.</summary>
    public const string CrosswalkValueSet = "crosswalk-3l";

    /// <summary>
    /// Scores <paramref name="response"/>, valuing EQ-5D-5L profiles with <paramref name="crosswalk"/> when one is
    /// configured (the NICE-recommended mapping to the 3L UK value set) and with the England 5L value set otherwise.
    /// </summary>
    public static QuestionnaireScores Score(CheckedResponse response, Eq5d5lCrosswalk? crosswalk = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!response.IsValid)
        {
            throw new ArgumentException("only a valid response can be scored: " + string.Join("; ", response.Problems), nameof(response));
        }

        switch (response.Kind)
        {
            case QuestionnaireKind.OxfordHip or QuestionnaireKind.OxfordKnee:
                return new(OxfordScore.Total([.. QuestionnaireCatalogue.OxfordLinkIds.Select(response.Number)]), null, null, null, null, null);
            case QuestionnaireKind.Eq5d5l:
                var levels = QuestionnaireCatalogue.Eq5dDimensionLinkIds.Select(id => response.Number(id)!.Value).ToArray();
                var profile = new Eq5d5lProfile(levels[0], levels[1], levels[2], levels[3], levels[4]);
                var index = crosswalk?.Index(profile) ?? Eq5d5lEnglandValueSet.Index(profile);
                return new(null, profile, index, crosswalk is null ? EnglandValueSet : CrosswalkValueSet, response.Number(QuestionnaireCatalogue.Eq5dVasLinkId), null);
            default:
                return new(null, null, null, null, null, response.Number(QuestionnaireCatalogue.FftLinkId));
        }
    }
}
