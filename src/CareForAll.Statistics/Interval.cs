namespace CareForAll.Statistics;

/// <summary>
/// A value with its confidence limits at one level. A value or limit is NaN when it is not given; then
/// <see cref="Note"/> says why (for example "total count below 10").
/// </summary>
/// <remarks>Immutable; equality is by value. Used for a single <c>--confidence</c> level and for the limits of a count.</remarks>
public sealed record Interval(double Value, double Lower, double Upper, string? Note = null)
{
    /// <summary>An interval that is not given, with the reason.</summary>
    public static Interval NotGiven(string reason) => new(double.NaN, double.NaN, double.NaN, reason);

    /// <summary>The same interval with value and limits multiplied by <paramref name="factor"/>.</summary>
    public Interval Scale(double factor) => this with { Value = Value * factor, Lower = Lower * factor, Upper = Upper * factor };
}
