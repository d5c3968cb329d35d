using CareForAll.Measures.Running;

namespace CareForAll.Web.Publishing;

/// <summary>
/// A second check of disclosure control at the door of the site: the published copy is already suppressed
/// (docs/measures.md), and a row that still carries a count of 1–7 loses its counts, value and limits here.
/// </summary>
public static class SmallNumbers
{
    /// <summary>The smallest count that may be shown; 1 to <c>Smallest − 1</c> are withheld (0 may be shown).</summary>
    public const int Smallest = 8;

    public static bool IsDisclosive(double? count) => count is double c && c >= 1 && c < Smallest;

    /// <summary>The row as given when no count is disclosive, else with its counts, value and limits withheld.</summary>
    public static MeasureResult Withhold(MeasureResult row)
    {
        var disclosive = IsDisclosive(row.Numerator) || IsDisclosive(row.Observed)
            || IsDisclosive(row.Denominator - row.Numerator) && row.Denominator is not null && row.Numerator is not null;
        if (!disclosive && !IsDisclosive(row.Denominator))
        {
            return row;
        }

        return row with
        {
            Numerator = null,
            Observed = null,
            Expected = null,
            Denominator = IsDisclosive(row.Denominator) ? null : row.Denominator,
            Value = null,
            Lower95 = null,
            Upper95 = null,
            Lower998 = null,
            Upper998 = null,
            Band = "not_compared",
            Suppressed = true,
        };
    }
}
