namespace CareForAll.Care.Questionnaires;

/// <summary>When a PROMs questionnaire is answered: before the operation or six months after it.</summary>
public enum PromsStage
{
    /// <summary>Before the operation (lake <c>stage = 'pre'</c>).</summary>
    PreOperative,

    /// <summary>Six months after the operation (lake <c>stage = 'post'</c>).</summary>
    SixMonthsPostOperative,
}
