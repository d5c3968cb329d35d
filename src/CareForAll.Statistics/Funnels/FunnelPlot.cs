using MathNet.Numerics.Distributions;

namespace CareForAll.Statistics;

/// <summary>
/// Funnel plots for comparing institutional performance: control limits at 95% and 99.8% around a target, for
/// each unit's own denominator (Spiegelhalter DJ. Funnel plots for comparing institutional performance. Stat Med
/// 2005;24:1185–1202). Exact limits follow the paper's appendix: the p-quantile r of the binomial or Poisson
/// distribution of the count under the target, interpolated as r − α with α = (F(r) − p)/(F(r) − F(r − 1)) so the
/// limits are continuous in the denominator. Proportions are clipped to 0–1 (times the multiplier).
/// Overdispersion adjustments are in <see cref="Overdispersion"/>.
/// </summary>
public static class FunnelPlot
{
    /// <summary>
    /// Compares units with a target. The target is on the plotted scale (value × multiplier) and defaults to the
    /// pooled value Σ numerator / Σ denominator (1 for ratios). Limits are exact unless an overdispersion method is
    /// chosen and φ &gt; 1.
    /// </summary>
    public static FunnelResult Compare(
        IReadOnlyList<FunnelUnit> units,
        FunnelKind kind,
        OverdispersionMethod method = OverdispersionMethod.None,
        double? target = null,
        double multiplier = 1)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (units.Count == 0)
        {
            throw new ArgumentException("A funnel plot needs at least one unit.", nameof(units));
        }

        CheckMultiplier(multiplier);
        foreach (var unit in units)
        {
            CheckUnit(kind, unit);
        }

        var targetOnUnitScale = target is double given
            ? given / multiplier
            : kind == FunnelKind.Ratio ? 1 : units.Sum(u => u.Numerator) / units.Sum(u => u.Denominator);
        CheckTarget(kind, targetOnUnitScale);

        var dispersion = Overdispersion.Estimate(units, kind, method, targetOnUnitScale);
        var points = new List<FunnelPoint>(units.Count);
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var limits = dispersion.Adjusted
                ? Overdispersion.AdjustedLimits(kind, method, targetOnUnitScale, unit.Denominator, dispersion.Phi, dispersion.Tau2, multiplier)
                : ExactLimits(kind, targetOnUnitScale, unit.Denominator, multiplier);
            var value = unit.Numerator / unit.Denominator * multiplier;
            points.Add(new FunnelPoint(unit, value, limits, dispersion.ZScores[i], limits.BandOf(value)));
        }

        return new FunnelResult(kind, targetOnUnitScale * multiplier, method, dispersion.Phi, dispersion.Tau2, dispersion.Adjusted, points);
    }

    /// <summary>
    /// Exact 95% and 99.8% limits for one denominator around a target given on the unit scale (a proportion
    /// between 0 and 1, events per unit of denominator, or a ratio), returned times <paramref name="multiplier"/>.
    /// </summary>
    public static FunnelLimits ExactLimits(FunnelKind kind, double target, double denominator, double multiplier = 1)
    {
        CheckTarget(kind, target);
        CheckMultiplier(multiplier);
        if (!(denominator > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "The denominator must be more than zero.");
        }

        return new FunnelLimits(
            ExactLimit(kind, target, denominator, (1 - Confidence.Level95) / 2) * multiplier,
            ExactLimit(kind, target, denominator, 1 - ((1 - Confidence.Level95) / 2)) * multiplier,
            ExactLimit(kind, target, denominator, (1 - Confidence.Level998) / 2) * multiplier,
            ExactLimit(kind, target, denominator, 1 - ((1 - Confidence.Level998) / 2)) * multiplier);
    }

    private static double ExactLimit(FunnelKind kind, double target, double denominator, double probability)
    {
        if (kind == FunnelKind.Proportion)
        {
            var trials = checked((int)denominator);
            var count = InterpolatedQuantile(probability, k => Binomial.CDF(target, trials, k), target * trials, Math.Sqrt(target * (1 - target) * trials), trials);
            return Math.Clamp(count / trials, 0, 1);
        }

        var mean = target * denominator;
        if (mean == 0)
        {
            return 0;
        }

        var poissonCount = InterpolatedQuantile(probability, k => Poisson.CDF(mean, k), mean, Math.Sqrt(mean), long.MaxValue);
        return Math.Max(0, poissonCount / denominator);
    }

    /// <summary>
    /// The interpolated p-quantile r − α of a count distribution with CDF <paramref name="cdf"/> (Spiegelhalter 2005,
    /// appendix A.1.1): r is the smallest count with F(r) ≥ p, found by stepping from the normal approximation.
    /// </summary>
    private static double InterpolatedQuantile(double probability, Func<double, double> cdf, double mean, double sd, long maxCount)
    {
        var guess = Math.Floor(mean + (Normal.InvCDF(0, 1, probability) * sd));
        var count = (long)Math.Clamp(guess, 0, maxCount);
        while (count > 0 && cdf(count - 1) >= probability)
        {
            count--;
        }

        while (count < maxCount && cdf(count) < probability)
        {
            count++;
        }

        var atCount = cdf(count);
        var belowCount = count > 0 ? cdf(count - 1) : 0;
        var alpha = atCount > belowCount ? (atCount - probability) / (atCount - belowCount) : 0;
        return count - alpha;
    }

    private static void CheckUnit(FunnelKind kind, FunnelUnit unit)
    {
        if (kind != FunnelKind.Proportion)
        {
            return;
        }

        if (unit.Denominator != Math.Floor(unit.Denominator) || unit.Numerator != Math.Floor(unit.Numerator))
        {
            throw new ArgumentException($"Unit {unit.Name}: a proportion needs whole-number counts.", nameof(unit));
        }

        if (unit.Numerator > unit.Denominator)
        {
            throw new ArgumentException($"Unit {unit.Name}: the numerator {unit.Numerator} is more than the denominator {unit.Denominator}.", nameof(unit));
        }

        if (unit.Denominator > int.MaxValue)
        {
            throw new ArgumentException($"Unit {unit.Name}: the denominator is too large for exact binomial limits.", nameof(unit));
        }
    }

    private static void CheckTarget(FunnelKind kind, double target)
    {
        var valid = kind == FunnelKind.Proportion ? target is >= 0 and <= 1 : target >= 0 && double.IsFinite(target);
        if (!valid)
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, kind == FunnelKind.Proportion
                ? "A proportion's target must lie between 0 and 1 (times the multiplier)."
                : "The target must be zero or more.");
        }
    }

    private static void CheckMultiplier(double multiplier)
    {
        if (!(multiplier > 0) || !double.IsFinite(multiplier))
        {
            throw new ArgumentOutOfRangeException(nameof(multiplier), multiplier, "The multiplier must be more than zero, e.g. 100 for a percentage.");
        }
    }
}
