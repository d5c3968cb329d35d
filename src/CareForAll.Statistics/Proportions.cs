namespace CareForAll.Statistics;

/// <summary>
/// Proportions x/n with the Wilson score interval, without continuity correction: Wilson EB, "Probable
/// inference, the law of succession, and statistical inference", J Am Stat Assoc 1927;22:209–212;
/// Newcombe RG, Stat Med 1998;17:857–872 (method 3); PHE/OHID Technical Guide "Confidence intervals",
/// Appendix 3. The limits stay within 0..1 (times the multiplier), also for x = 0 and x = n.
/// </summary>
public static class Proportions
{
    /// <summary>The Wilson score interval for <paramref name="numerator"/> out of <paramref name="denominator"/>, times <paramref name="multiplier"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative count, a zero denominator, or numerator &gt; denominator.</exception>
    public static Interval WilsonInterval(long numerator, long denominator, double level, double multiplier = 1)
    {
        Check(numerator, denominator);
        var z = Confidence.Z(level);
        double x = numerator, n = denominator;
        var centre = (2 * x) + (z * z);
        var spread = z * Math.Sqrt((z * z) + (4 * x * (1 - (x / n))));
        var scale = 2 * (n + (z * z));
        var lower = numerator == 0 ? 0 : Math.Clamp((centre - spread) / scale, 0, 1);
        var upper = numerator == denominator ? 1 : Math.Clamp((centre + spread) / scale, 0, 1);
        return new Interval(x / n * multiplier, lower * multiplier, upper * multiplier);
    }

    /// <summary>The proportion with Wilson score limits at 95% and 99.8%.</summary>
    public static Estimate Wilson(long numerator, long denominator, double multiplier = 1) =>
        Estimate.AtBothLevels(level => WilsonInterval(numerator, denominator, level, multiplier));

    private static void Check(long numerator, long denominator)
    {
        if (numerator < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator, "The numerator must be zero or more.");
        }

        if (denominator <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "The denominator must be more than zero.");
        }

        if (numerator > denominator)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator, $"The numerator ({numerator}) must not exceed the denominator ({denominator}).");
        }
    }
}
