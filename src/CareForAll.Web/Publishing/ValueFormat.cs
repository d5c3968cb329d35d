using System.Globalization;
using CareForAll.Measures.Definitions;

namespace CareForAll.Web.Publishing;

/// <summary>How a measure's values are written: a percentage, a rate per 1,000 or 100,000, a ratio or a mean.</summary>
public static class ValueFormat
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>The value with its unit, e.g. "93.4%", "12.1 per 100,000"; "Not published" when withheld or missing.</summary>
    public static string Value(MeasureDefinition measure, double? value) =>
        value is double v ? NumberFor(measure, v) + Suffix(measure) : "Not published";

    /// <summary>The 95% interval, e.g. "91.2% to 95.1%", or empty.</summary>
    public static string Interval(MeasureDefinition measure, double? lower, double? upper) =>
        lower is double l && upper is double u ? $"{NumberFor(measure, l)}{Suffix(measure)} to {NumberFor(measure, u)}{Suffix(measure)}" : "";

    /// <summary>A whole count, e.g. "1,234"; empty when not given.</summary>
    public static string Count(double? count) => count is double c ? c.ToString("N0", English) : "";

    /// <summary>A value of <paramref name="measure"/> without its unit: two decimals for a ratio around 1, else <see cref="Number"/>.</summary>
    public static string NumberFor(MeasureDefinition measure, double value) =>
        measure.Method == MeasureMethod.IndirectlyStandardisedRatio && measure.Multiplier == 1 ? value.ToString("0.00", English) : Number(value);

    public static string Number(double value) =>
        Math.Abs(value) >= 1000 ? value.ToString("N0", English) : value.ToString("0.0", English);

    /// <summary>What the number is: "%", " per 1,000", " per 100,000" or nothing.</summary>
    public static string Suffix(MeasureDefinition measure) => measure.Method switch
    {
        MeasureMethod.Mean or MeasureMethod.CaseMixAdjustedMean => "",
        MeasureMethod.IndirectlyStandardisedRatio => "",
        _ => measure.Multiplier switch
        {
            100 => "%",
            1 => "",
            _ => " per " + measure.Multiplier.ToString("N0", English),
        },
    };

    /// <summary>The method in plain words, for the indicator page.</summary>
    public static string MethodInWords(MeasureDefinition measure) => measure.Method switch
    {
        MeasureMethod.Proportion => "A percentage: the people counted in the numerator out of everyone counted. The intervals are Wilson score intervals.",
        MeasureMethod.Rate => "A rate: events for each unit of the denominator. The intervals are exact Poisson below 10 events and Byar's method from 10.",
        MeasureMethod.DirectlyStandardisedRate => "A directly standardised rate: the rate the area would have with the age and sex mix of the 2013 European Standard Population. The intervals follow Dobson et al. (1991).",
        MeasureMethod.IndirectlyStandardisedRatio => "A standardised ratio: the events observed divided by the events expected from a national risk model of each patient's case mix, times the multiplier. Above 1 (or 100) means more events than expected.",
        MeasureMethod.Mean => "An average over the people counted, with Student's t intervals.",
        MeasureMethod.CaseMixAdjustedMean => "An average adjusted for case mix: the England average plus the difference between what the organisation achieved and what a national model expected for its patients.",
        _ => measure.Method.ToString(),
    };
}
