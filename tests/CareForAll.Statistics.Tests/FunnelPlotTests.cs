
namespace CareForAll.Statistics.Tests;

public class FunnelPlotTests
{
    // Independent check of Spiegelhalter (Stat Med 2005;24:1185–1202, appendix A.1.1): for Binomial(10, 0.5) the
    // cumulative counts out of 1024 are 1, 11, 56, 176, 386, 638, 848, 968, 1013, 1023, 1024 (Pascal's triangle).
    // Upper 95%: p = 0.975 first reached at r = 8 (1013/1024), α = (1013 − 998.4)/45, limit (8 − α)/10 = 0.767556.
    // Lower 95%: p = 0.025 first reached at r = 2 (56/1024), α = (56 − 25.6)/45, limit (2 − α)/10 = 0.132444.
    [Fact]
    public void ProportionLimitsInterpolateTheBinomialQuantile()
    {
        var limits = FunnelPlot.ExactLimits(FunnelKind.Proportion, 0.5, 10);

        Assert.Equal(0.7675556, limits.Upper95, 6);
        Assert.Equal(0.1324444, limits.Lower95, 6);
    }

    // Independent check with the Poisson(4) distribution function (e⁻⁴ Σ 4ᵏ/k!: F(0) = 0.0183156, F(1) = 0.0915782,
    // F(7) = 0.9488664, F(8) = 0.9786366): a rate of 4 per 100 with denominator 100.
    [Fact]
    public void RateLimitsInterpolateThePoissonQuantileAndStopAtZero()
    {
        var limits = FunnelPlot.ExactLimits(FunnelKind.Rate, 0.04, 100, multiplier: 1000);

        Assert.Equal(78.77845, limits.Upper95, 4);
        Assert.Equal(0.912384, limits.Lower95, 5);
        Assert.Equal(109.5595, limits.Upper998, 3);
        Assert.Equal(0, limits.Lower998);
    }

    [Fact]
    public void RatioLimitsArePoissonLimitsOnTheExpectedCount()
    {
        var ratio = FunnelPlot.ExactLimits(FunnelKind.Ratio, 1, 4);
        var rate = FunnelPlot.ExactLimits(FunnelKind.Rate, 0.04, 100);

        Assert.Equal(rate.Upper95 * 25, ratio.Upper95, 10);
        Assert.Equal(rate.Lower95 * 25, ratio.Lower95, 10);
    }

    // For large denominators the exact limits approach the normal approximation θ ± z √(θ(1−θ)/n)
    // (Spiegelhalter 2005, section 3.1).
    [Fact]
    public void LargeDenominatorLimitsApproachTheNormalApproximation()
    {
        var limits = FunnelPlot.ExactLimits(FunnelKind.Proportion, 0.1, 100_000);
        var se = Math.Sqrt(0.1 * 0.9 / 100_000);

        Assert.Equal(0.1 + (3.090232 * se), limits.Upper998, 4);
        Assert.Equal(0.1 - (3.090232 * se), limits.Lower998, 4);
        Assert.Equal(0.1 + (1.959964 * se), limits.Upper95, 4);
    }

    [Fact]
    public void ProportionLimitsAreClippedToZeroAndOneHundredPercent()
    {
        var high = FunnelPlot.ExactLimits(FunnelKind.Proportion, 0.99, 10, multiplier: 100);
        var low = FunnelPlot.ExactLimits(FunnelKind.Proportion, 0.01, 10, multiplier: 100);

        Assert.True(high.Upper998 <= 100);
        Assert.Equal(0, low.Lower998);
    }

    [Fact]
    public void TargetDefaultsToThePooledValue()
    {
        FunnelUnit[] units = [new("A", 10, 100), new("B", 30, 100)];

        var result = FunnelPlot.Compare(units, FunnelKind.Proportion, multiplier: 100);

        Assert.Equal(20, result.Target, 10);
        Assert.Equal(10, result.Points[0].Value, 10);
    }

    [Fact]
    public void RatioTargetDefaultsToOne()
    {
        FunnelUnit[] units = [new("A", 10, 20), new("B", 30, 20)];

        Assert.Equal(1, FunnelPlot.Compare(units, FunnelKind.Ratio).Target);
    }

    [Fact]
    public void UnitsAreBandedAgainstTheirOwnLimits()
    {
        FunnelUnit[] units = [new("low", 0, 400), new("typical", 40, 400), new("high", 80, 400), new("far", 95, 400)];

        var result = FunnelPlot.Compare(units, FunnelKind.Proportion, target: 0.1);

        Assert.Equal(FunnelBand.Low998, result.Points[0].Band);
        Assert.Equal(FunnelBand.AsExpected, result.Points[1].Band);
        Assert.Equal(FunnelBand.High998, result.Points[2].Band);
        Assert.Equal(FunnelBand.High998, result.Points[3].Band);
    }

    [Theory]
    [InlineData(0.20, FunnelBand.AsExpected)]
    [InlineData(0.2000001, FunnelBand.High95)]
    [InlineData(0.30, FunnelBand.High95)]
    [InlineData(0.3000001, FunnelBand.High998)]
    [InlineData(0.05, FunnelBand.AsExpected)]
    [InlineData(0.0499999, FunnelBand.Low95)]
    [InlineData(0.01, FunnelBand.Low95)]
    [InlineData(0.0099999, FunnelBand.Low998)]
    public void APointExactlyOnALimitIsInside(double value, FunnelBand expected)
    {
        var limits = new FunnelLimits(Lower95: 0.05, Upper95: 0.20, Lower998: 0.01, Upper998: 0.30);

        Assert.Equal(expected, limits.BandOf(value));
    }

    [Fact]
    public void AProportionAboveItsDenominatorIsRejected()
    {
        FunnelUnit[] units = [new("A", 11, 10)];

        var error = Assert.Throws<ArgumentException>(() => FunnelPlot.Compare(units, FunnelKind.Proportion));
        Assert.Contains("Unit A", error.Message, StringComparison.Ordinal);
    }
}
