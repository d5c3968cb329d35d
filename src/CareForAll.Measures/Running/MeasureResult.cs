namespace CareForAll.Measures.Running;

/// <summary>
/// One indicator value for one unit and period, in the published results layout (docs/measures.md). Counts and
/// values are null where not defined for the method or not given (too few events, suppressed in the published copy).
/// </summary>
public sealed record MeasureResult
{
    public required string MeasureId { get; init; }

    public required int MeasureVersion { get; init; }

    public required string Domain { get; init; }

    public required string UnitType { get; init; }

    public required string UnitCode { get; init; }

    /// <summary>Financial year, written <c>2008-09</c>.</summary>
    public required string Period { get; init; }

    public double? Numerator { get; init; }

    public double? Denominator { get; init; }

    public double? Observed { get; init; }

    public double? Expected { get; init; }

    public double? Value { get; init; }

    public double? Lower95 { get; init; }

    public double? Upper95 { get; init; }

    public double? Lower998 { get; init; }

    public double? Upper998 { get; init; }

    public double? EnglandValue { get; init; }

    /// <summary>
    /// <c>better_998, better_95, as_expected, worse_95, worse_998</c> or <c>not_compared</c>; empty in the published
    /// copy of a suppressed row.
    /// </summary>
    public required string Band { get; init; }

    /// <summary>True when a count of 1–7 (or one derivable from the figures) is withheld from the published copy.</summary>
    public bool Suppressed { get; init; }

    /// <summary>Why the value is not given, when it is not.</summary>
    public string? Note { get; init; }

    /// <summary>The counts that disclosure control looks at: 1–7 of any of them withholds the row's counts and value.</summary>
    internal IReadOnlyList<double> DisclosiveCounts { get; init; } = [];
}
