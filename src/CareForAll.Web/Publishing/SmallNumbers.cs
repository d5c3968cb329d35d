using CareForAll.Measures.Definitions;
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

    /// <summary>
    /// The row as given when no count is disclosive, else with its counts, value and limits withheld. The counts are
    /// the numerator, the denominator, observed events (not for means, where it is the observed mean) and, for a
    /// proportion, the denominator minus the numerator.
    /// </summary>
    public static MeasureResult Withhold(MeasureResult row, MeasureMethod method)
    {
        var observedIsCount = method is not (MeasureMethod.Mean or MeasureMethod.CaseMixAdjustedMean);
        var disclosive = IsDisclosive(row.Numerator) || (observedIsCount && IsDisclosive(row.Observed))
            || (method == MeasureMethod.Proportion && IsDisclosive(row.Denominator - row.Numerator));
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
