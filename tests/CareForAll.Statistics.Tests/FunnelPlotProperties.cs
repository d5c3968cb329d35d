using FsCheck.Xunit;

namespace CareForAll.Statistics.Tests;

public class FunnelPlotProperties
{
    private static double Target(int seed) => 0.01 + (0.98 * (Math.Abs(seed % 1000) / 1000.0));

    [Property(MaxTest = 200)]
    public bool Limits998ContainLimits95(int seed, ushort size, bool rate)
    {
        var denominator = 1 + (double)size;
        var limits = FunnelPlot.ExactLimits(rate ? FunnelKind.Rate : FunnelKind.Proportion, Target(seed), denominator);
        return limits.Lower998 <= limits.Lower95 && limits.Lower95 <= limits.Upper95 && limits.Upper95 <= limits.Upper998;
    }

    // With fewer than about five expected events the discrete limits can sit on the wrong side of the target
    // (e.g. θ = 0.01, n = 1: the upper 95% limit is 0), so the funnel is checked from ten expected events up.
    [Property(MaxTest = 200)]
    public bool LimitsNarrowAsTheDenominatorGrows(int seed, ushort size, bool rate)
    {
        var kind = rate ? FunnelKind.Rate : FunnelKind.Proportion;
        var target = Target(seed);
        var denominator = Math.Ceiling(10 / Math.Min(target, 1 - target)) + size;
        var small = FunnelPlot.ExactLimits(kind, target, denominator);
        var large = FunnelPlot.ExactLimits(kind, target, 4 * denominator);
        return large.Upper998 <= small.Upper998 && large.Lower998 >= small.Lower998
            && large.Upper95 <= small.Upper95 && large.Lower95 >= small.Lower95;
    }
}
