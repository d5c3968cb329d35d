namespace CareForAll.Measures.Running;

/// <summary>
/// Statistical disclosure control for published results, after the NHS Digital / ONS rule for health statistics:
/// counts of 1 to 7 are not published, nor anything from which they could be worked out (the value, its limits
/// and, for a proportion, the complement n − x).
/// </summary>
public static class Disclosure
{
    /// <summary>The smallest count published (apart from zero).</summary>
    public const int SmallestPublishedCount = 8;

    /// <summary>True when a count lies in 1–7 (after rounding: counts here are whole numbers).</summary>
    public static bool IsSmall(double count) => count is >= 1 and < SmallestPublishedCount;

    /// <summary>Marks rows whose counts are disclosive; the secured copy keeps every figure.</summary>
    public static MeasureResult Flag(MeasureResult result) =>
        result with { Suppressed = result.DisclosiveCounts.Any(IsSmall) };

    /// <summary>
    /// The published copy of a flagged row: counts, value, limits and band withheld when suppressed (the band, like a
    /// funnel or control band, places the value between limits and so would give away roughly where it lies).
    /// </summary>
    public static MeasureResult ForPublication(MeasureResult result) =>
        !result.Suppressed
            ? result
            : result with
            {
                Numerator = null,
                Observed = null,
                Denominator = result.DisclosiveCounts.Count > 0 && result.Denominator is { } d && IsSmall(d) ? null : result.Denominator,
                Value = null,
                Lower95 = null,
                Upper95 = null,
                Lower998 = null,
                Upper998 = null,
                Band = "",
            };
}
