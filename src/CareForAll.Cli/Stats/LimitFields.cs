using System.CommandLine;
using System.Globalization;
using CareForAll.Statistics;

namespace CareForAll.Cli.Stats;

/// <summary>
/// The <c>--confidence</c> option and the value/limit fields every <c>stats</c> method prints: <c>value</c>,
/// <c>lower95</c>, <c>upper95</c>, <c>lower998</c>, <c>upper998</c> by default, or <c>value</c>, <c>lower</c>,
/// <c>upper</c> at the one level asked for; then <c>note</c> (null unless a value is not given).
/// </summary>
public static class LimitFields
{
    /// <summary>A new <c>--confidence C</c> option: a level such as 0.95, or a percentage from 50 such as 99.8.</summary>
    public static Option<double?> ConfidenceOption() => new("--confidence")
    {
        Description = "Report limits at this one level only (e.g. 0.95 or 99.8) as lower/upper instead of lower95/upper95/lower998/upper998.",
    };

    /// <summary>The level asked for, as a fraction, or null for the default pair of levels.</summary>
    /// <exception cref="ArgumentException">The level is neither strictly between 0 and 1 nor a percentage from 50 to below 100.</exception>
    public static double? Level(ParseResult parsed, Option<double?> option)
    {
        var given = parsed.GetValue(option);
        if (given is not double level)
        {
            return null;
        }

        var fraction = level >= 50 ? level / 100 : level;
        if (!(fraction > 0 && fraction < 1))
        {
            throw new ArgumentException(
                $"--confidence: {level.ToString(CultureInfo.InvariantCulture)} is not a confidence level; give a number between 0 and 1 (0.95) or a percentage from 50 to below 100 (95).");
        }

        return fraction;
    }

    /// <summary>Adds value, limits and note from a method's interval at a level: both default levels, or <paramref name="level"/> alone.</summary>
    public static ResultRow AddLimits(this ResultRow row, Func<double, Interval> intervalAtLevel, double? level)
    {
        if (level is double one)
        {
            var interval = intervalAtLevel(one);
            return row.Add("value", interval.Value).Add("lower", interval.Lower).Add("upper", interval.Upper).Add("note", interval.Note);
        }

        var estimate = Estimate.AtBothLevels(intervalAtLevel);
        return row.Add("value", estimate.Value)
            .Add("lower95", estimate.Lower95).Add("upper95", estimate.Upper95)
            .Add("lower998", estimate.Lower998).Add("upper998", estimate.Upper998)
            .Add("note", estimate.Note);
    }
}
