namespace CareForAll.Statistics;

/// <summary>
/// One point of an XmR chart with the mean and process limits that apply to it, its moving range
/// (NaN for the first point), the special-cause rule that fired (the first in <see cref="SpecialCauseRule"/> order)
/// and how it reads.
/// </summary>
/// <remarks>Immutable; equality is by value.</remarks>
public sealed record XmrPoint(
    double Value,
    double Mean,
    double Lower,
    double Upper,
    double MovingRange,
    SpecialCauseRule Rule,
    PointVariation Variation);
