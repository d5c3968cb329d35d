namespace CareForAll.Care.Questionnaires;

/// <summary>The questionnaires CareForAll asks patients to fill in.</summary>
public enum QuestionnaireKind
{
    /// <summary>EQ-5D-5L descriptive system (five dimensions, levels 1–5) and the EQ VAS (0–100).</summary>
    Eq5d5l,

    /// <summary>Oxford Hip Score: 12 items, each 0–4, total 0–48, higher is better.</summary>
    OxfordHip,

    /// <summary>Oxford Knee Score: 12 items, each 0–4, total 0–48, higher is better.</summary>
    OxfordKnee,

    /// <summary>Friends and Family Test: one question, answers 1 (extremely likely) to 6 (don't know).</summary>
    FriendsAndFamilyTest,
}
