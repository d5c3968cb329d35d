using MathNet.Numerics.Distributions;

namespace CareForAll.Statistics;

/// <summary>
/// Rates x/n and the confidence limits of a Poisson count, as in the PHE/OHID Technical Guide
/// "Confidence intervals" (2018) and APHO Technical Briefing 3 (2008): the exact method through the
/// chi-square distribution when the count is below 10 (Ulm K, Am J Epidemiol 1990;131:373–375), and
/// Byar's approximation when it is 10 or more (Breslow NE, Day NE, Statistical Methods in Cancer Research
/// vol. II, IARC 1987, p. 69).
/// </summary>
public static class Rates
{
    /// <summary>Counts below this use the exact limits, counts at or above it Byar's.</summary>
    public const long ByarThreshold = 10;

    /// <summary>
    /// The limits of a Poisson count: exact below <see cref="ByarThreshold"/>, Byar's from it. The value is
    /// the count itself; the lower limit is 0 when the count is 0. Funnel plots and measures call this.
    /// </summary>
    public static Interval PoissonLimits(long count, double level) =>
        count < ByarThreshold ? ExactPoisson(count, level) : Byar(count, level);

    /// <summary>
    /// Exact Poisson limits of a count: lower = χ²(α/2, 2x)/2, upper = χ²(1 − α/2, 2x + 2)/2
    /// (Ulm 1990; Garwood F, Biometrika 1936;28:437–442).
    /// </summary>
    public static Interval ExactPoisson(long count, double level)
    {
        CheckCount(count);
        var alpha = 1 - level;
        _ = Confidence.Z(level);
        var lower = count == 0 ? 0 : ChiSquared.InvCDF(2.0 * count, alpha / 2) / 2;
        var upper = ChiSquared.InvCDF((2.0 * count) + 2, 1 - (alpha / 2)) / 2;
        return new Interval(count, lower, upper);
    }

    /// <summary>
    /// Byar's approximation to the exact Poisson limits of a count:
    /// lower = x(1 − 1/(9x) − z/(3√x))³, upper = (x + 1)(1 − 1/(9(x + 1)) + z/(3√(x + 1)))³
    /// (Breslow and Day 1987). Meant for counts of 10 or more; a count of 0 has lower limit 0.
    /// </summary>
    public static Interval Byar(double count, double level)
    {
        if (!(count >= 0) || double.IsInfinity(count))
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A count must be zero or more.");
        }

        var z = Confidence.Z(level);
        var lower = count == 0 ? 0 : count * Math.Pow(1 - (1 / (9 * count)) - (z / (3 * Math.Sqrt(count))), 3);
        var next = count + 1;
        var upper = next * Math.Pow(1 - (1 / (9 * next)) + (z / (3 * Math.Sqrt(next))), 3);
        return new Interval(count, Math.Max(lower, 0), upper);
    }

    /// <summary>The rate count/denominator × multiplier with <see cref="PoissonLimits"/> divided by the denominator.</summary>
    public static Interval RateInterval(long count, double denominator, double level, double multiplier = 100_000)
    {
        CheckCount(count);
        if (!(denominator > 0) || double.IsInfinity(denominator))
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "The denominator must be more than zero.");
        }

        return PoissonLimits(count, level).Scale(multiplier / denominator);
    }

    /// <summary>The rate with limits at 95% and 99.8%.</summary>
    public static Estimate Rate(long count, double denominator, double multiplier = 100_000) =>
        Estimate.AtBothLevels(level => RateInterval(count, denominator, level, multiplier));

    private static void CheckCount(long count)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A count must be zero or more.");
        }
    }
}
