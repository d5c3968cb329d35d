
namespace CareForAll.Statistics.Tests;

// Spiegelhalter DJ. Handling over-dispersion of performance indicators. Qual Saf Health Care 2005;14:347–351.
// No published unit-level table was available offline, so the expected values below are derived by hand from the
// paper's formulas (stated in each test) rather than read from the paper.
public class OverdispersionTests
{
    [Fact]
    public void WinsorisingMovesTheOuterTenPercentToTheTenthAndNinetiethPercentiles()
    {
        // R type-7 quantiles of 1..10: 10th percentile 1 + 0.9 × 1 = 1.9, 90th 9.1.
        var z = Enumerable.Range(1, 10).Select(i => (double)i).ToArray();

        var winsorised = Overdispersion.Winsorise(z);

        Assert.Equal(1.9, winsorised[0], 12);
        Assert.Equal(9.1, winsorised[9], 12);
        Assert.Equal(5, winsorised[4], 12);
    }

    [Fact]
    public void Tau2FollowsTheMomentEstimator()
    {
        // k = 3, φ = 2, s = 0.1, 0.2, 0.4 → w = 100, 25, 6.25; Σw = 131.25, Σw² = 10664.0625;
        // τ² = (6 − 2) / (131.25 − 10664.0625/131.25) = 4 / 50.0
        Assert.Equal(4 / (131.25 - (10664.0625 / 131.25)), Overdispersion.Tau2(2, [0.1, 0.2, 0.4]), 12);
        Assert.Equal(0, Overdispersion.Tau2(0.5, [0.1, 0.2, 0.4]));
    }

    [Fact]
    public void NoAdjustmentWhenPhiIsAtMostOne()
    {
        FunnelUnit[] units = [new("A", 10, 100), new("B", 20, 200), new("C", 30, 300)];

        var result = FunnelPlot.Compare(units, FunnelKind.Proportion, OverdispersionMethod.Additive);

        Assert.Equal(0, result.Phi, 12);
        Assert.False(result.Adjusted);
        Assert.Equal(0, result.Tau2);
        Assert.Equal(FunnelPlot.ExactLimits(FunnelKind.Proportion, 0.1, 100), result.Points[0].Limits);
    }

    private static FunnelUnit[] Spread() =>
    [
        new("A", 5, 100), new("B", 30, 200), new("C", 20, 100), new("D", 9, 300), new("E", 60, 250),
        new("F", 12, 150), new("G", 40, 120), new("H", 8, 90), new("I", 25, 400), new("J", 50, 220),
    ];

    [Fact]
    public void MultiplicativeLimitsWidenByRootPhi()
    {
        var units = Spread();
        var result = FunnelPlot.Compare(units, FunnelKind.Proportion, OverdispersionMethod.Multiplicative, target: 0.15);

        // z = (y − θ)/√(θ(1−θ)/n), Winsorised at the 10th/90th percentiles, φ = mean z².
        var z = units.Select(u => ((u.Numerator / u.Denominator) - 0.15) / Math.Sqrt(0.15 * 0.85 / u.Denominator)).ToArray();
        var phi = Overdispersion.Phi(Overdispersion.Winsorise(z));
        Assert.True(phi > 1);
        Assert.Equal(phi, result.Phi, 10);
        Assert.Equal(z[0], result.Points[0].Z, 10);
        var se = Math.Sqrt(0.15 * 0.85 / 100);
        Assert.Equal(0.15 + (3.090232 * Math.Sqrt(phi) * se), result.Points[0].Limits.Upper998, 5);
        Assert.Equal(Math.Max(0, 0.15 - (1.959964 * Math.Sqrt(phi) * se)), result.Points[0].Limits.Lower95, 5);
    }

    [Fact]
    public void AdditiveLimitsAddTau2ToTheWithinUnitVariance()
    {
        var units = Spread();
        var result = FunnelPlot.Compare(units, FunnelKind.Proportion, OverdispersionMethod.Additive, target: 0.15);

        var se = units.Select(u => Math.Sqrt(0.15 * 0.85 / u.Denominator)).ToArray();
        var tau2 = Overdispersion.Tau2(result.Phi, se);
        Assert.True(tau2 > 0);
        Assert.Equal(tau2, result.Tau2, 12);
        Assert.Equal(0.15 + (1.959964 * Math.Sqrt((se[3] * se[3]) + tau2)), result.Points[3].Limits.Upper95, 5);
    }

    [Fact]
    public void RatiosUseTheSquareRootScale()
    {
        FunnelUnit[] units = [new("A", 9, 16), new("B", 25, 16), new("C", 16, 16)];

        var result = FunnelPlot.Compare(units, FunnelKind.Ratio);

        // z = 2(√O − √E): 2(3 − 4) = −2, 2(5 − 4) = 2, 0.
        Assert.Equal(-2, result.Points[0].Z, 12);
        Assert.Equal(2, result.Points[1].Z, 12);
        Assert.Equal(0, result.Points[2].Z, 12);
    }

    [Fact]
    public void ShmiTrimsTheOuterTenPercentAtEachEndAndWorksOnTheLogScale()
    {
        // 20 trusts with expected 100 each; observed 60, 64, …, 136. Ranks 1–2 and 19–20 fall in groups
        // ⌊rank × 10/21⌋ = 0 and 9 and are dropped; φ and τ² come from the middle 16 (NHS Digital SHMI specification).
        var units = Enumerable.Range(0, 20).Select(i => new FunnelUnit($"T{i}", 60 + (4 * i), 100)).ToArray();

        var result = FunnelPlot.Compare(units, FunnelKind.Ratio, OverdispersionMethod.Shmi);

        var z = units.Select(u => Math.Sqrt(u.Denominator) * Math.Log(u.Numerator / u.Denominator)).ToArray();
        var middle = z.Skip(2).Take(16).ToArray();
        var phi = middle.Sum(v => v * v) / 16;
        var tau2 = ((16 * phi) - 15) / ((16 * 100.0) - (16 * 100.0 * 100 / (16 * 100.0)));
        Assert.Equal(phi, result.Phi, 10);
        Assert.Equal(tau2, result.Tau2, 12);
        Assert.Equal(z[0], result.Points[0].Z, 10);
        Assert.Equal(Math.Exp(1.959964 * Math.Sqrt(0.01 + tau2)), result.Points[0].Limits.Upper95, 5);
        Assert.Equal(Math.Exp(-3.090232 * Math.Sqrt(0.01 + tau2)), result.Points[0].Limits.Lower998, 5);
    }

    [Fact]
    public void ShmiIsOnlyForRatios()
    {
        FunnelUnit[] units = [new("A", 1, 10)];

        Assert.Throws<ArgumentException>(() => FunnelPlot.Compare(units, FunnelKind.Proportion, OverdispersionMethod.Shmi));
    }
}
