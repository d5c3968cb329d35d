namespace CareForAll.Care.Questionnaires;

/// <summary>The lake's names of the <see cref="PromsStage"/>s: <c>pre</c> and <c>post</c>, as in <c>proms_response.stage</c>.</summary>
public static class PromsStageExtensions
{
    /// <summary>The lake value of <paramref name="stage"/>: <c>pre</c> or <c>post</c>.</summary>
    public static string ToLakeValue(this PromsStage stage) => stage == PromsStage.PreOperative ? "pre" : "post";

    /// <summary>The stage named <paramref name="value"/> (<c>pre</c> or <c>post</c>), or null for anything else.</summary>
    public static PromsStage? FromLakeValue(string? value) => value switch
    {
        "pre" => PromsStage.PreOperative,
        "post" => PromsStage.SixMonthsPostOperative,
        _ => null,
    };
}
