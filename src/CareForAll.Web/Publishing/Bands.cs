namespace CareForAll.Web.Publishing;

/// <summary>
/// The plain words for a result's band (docs/measures.md): the comparison of a unit's interval with England.
/// </summary>
public static class Bands
{
    /// <summary>The words for a result: "Not published" when its figures are withheld, else its band's words.</summary>
    public static string WordsFor(CareForAll.Measures.Running.MeasureResult result) =>
        result.Suppressed ? "Not published" : WordsFor(result.Band);

    /// <summary>The tag modifier for a result: grey when withheld.</summary>
    public static string TagClassFor(CareForAll.Measures.Running.MeasureResult result) =>
        result.Suppressed ? "nhsuk-tag--grey" : TagClassFor(result.Band);

    public static string WordsFor(string band) => band switch
    {
        "better_998" or "better_95" => "Better than expected",
        "worse_998" or "worse_95" => "Worse than expected",
        "as_expected" => "As expected",
        _ => "Not compared",
    };

    /// <summary>How sure the comparison is, in words.</summary>
    public static string ConfidenceFor(string band) => band switch
    {
        "better_998" or "worse_998" => "at 99.8% confidence",
        "better_95" or "worse_95" => "at 95% confidence",
        _ => "",
    };

    /// <summary>The NHS design system tag modifier for a band: green, red, grey or white.</summary>
    public static string TagClassFor(string band) => band switch
    {
        "better_998" or "better_95" => "nhsuk-tag--green",
        "worse_998" or "worse_95" => "nhsuk-tag--red",
        "as_expected" => "nhsuk-tag--white",
        _ => "nhsuk-tag--grey",
    };

    /// <summary>Order from best to worst, for sorting; not compared last.</summary>
    public static int RankOf(string band) => band switch
    {
        "better_998" => 0,
        "better_95" => 1,
        "as_expected" => 2,
        "worse_95" => 3,
        "worse_998" => 4,
        _ => 5,
    };
}
