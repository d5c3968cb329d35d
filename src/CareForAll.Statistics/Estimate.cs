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
}
