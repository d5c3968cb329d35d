namespace CareForAll.Statistics;

/// <summary>
/// A value with its 95% and 99.8% confidence limits. A value or limit is NaN when it is not given; then
/// <see cref="Note"/> says why (for example "total count below 10").
/// </summary>
/// <remarks>Immutable; equality is by value.</remarks>
public sealed record Estimate(double Value, double Lower95, double Upper95, double Lower998, double Upper998, string? Note = null)
{
    /// <summary>An estimate that is not given, with the reason.</summary>
    public static Estimate NotGiven(string reason) =>
        new(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, reason);

    /// <summary>The estimate made of a method's intervals at 95% and 99.8% (value and note from the 95% one).</summary>
    public static Estimate AtBothLevels(Func<double, Interval> intervalAtLevel)
    {
        var at95 = intervalAtLevel(Confidence.Level95);
        var at998 = intervalAtLevel(Confidence.Level998);
        return new Estimate(at95.Value, at95.Lower, at95.Upper, at998.Lower, at998.Upper, at95.Note);
    }
}
