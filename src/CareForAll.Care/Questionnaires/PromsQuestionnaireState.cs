namespace CareForAll.Care.Questionnaires;

/// <summary>Where one stage's questionnaires about an operation are: see <see cref="PromsQuestionnaireStatus"/>.</summary>
public enum PromsQuestionnaireState
{
    /// <summary>Not open yet: the six-month questionnaire before six months have passed.</summary>
    NotYetDue,

    /// <summary>Open and not yet answered.</summary>
    Due,

    /// <summary>Answered (in the lake's proms_response, or submitted and waiting to be written there).</summary>
    Done,

    /// <summary>No longer asked: the pre-operative questionnaire once the operation has happened.</summary>
    Closed,
}
