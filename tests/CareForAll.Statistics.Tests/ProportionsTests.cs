using FsCheck;
using FsCheck.Xunit;

namespace CareForAll.Statistics.Tests;

public class ProportionsTests
{
    /// <summary>
    /// Newcombe RG, "Two-sided confidence intervals for the single proportion: comparison of seven
    /// methods", Stat Med 1998;17:857–872, Table I, method 3 (Wilson score, no continuity correction),
    /// 95% limits to four decimals.
    /// </summary>
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void WilsonMatchesNewcombeTableI(long x, long n, double lower, double upper)
    {
        var interval = Proportions.WilsonInterval(x, n, Confidence.Level95);

        Assert.Equal(lower, interval.Lower, 4);
        Assert.Equal(upper, interval.Upper, 4);
        Assert.Equal((double)x / n, interval.Value, 12);
    }

    [Fact]
    public void ZeroAndAllStayWithinZeroAndTheMultiplier()
    {
        var none = Proportions.Wilson(0, 20, 100);
        var all = Proportions.Wilson(20, 20, 100);

        Assert.Equal(0, none.Lower95);
        Assert.Equal(0, none.Lower998);
        Assert.Equal(100, all.Upper95);
        Assert.Equal(100, all.Upper998);
        // Symmetry of the score interval: 20/20 mirrors 0/20 (Newcombe 1998, Table I: 0/20 → 0–0.1611).
        Assert.Equal(100 - 16.11, all.Lower95, 2);
    }

    [Fact]
    public void MultiplierScalesValueAndLimits()
    {
        var percent = Proportions.Wilson(81, 263, 100);

        Assert.Equal(30.80, percent.Value, 2);
        Assert.Equal(25.53, percent.Lower95, 2);
        Assert.Equal(36.62, percent.Upper95, 2);
    }

    [Theory]
    [InlineData(21, 20)]
    [InlineData(-1, 20)]
    [InlineData(0, 0)]
    public void ImpossibleCountsAreRejected(long x, long n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportions.Wilson(x, n));

    [Property]
    public bool LimitsBracketTheValueAndTheWiderLevelContainsTheNarrower(NonNegativeInt a, PositiveInt b)
    {
        var n = (long)b.Get;
        var x = a.Get % (n + 1);
        var e = Proportions.Wilson(x, n);
        return e.Lower998 <= e.Lower95 && e.Lower95 <= e.Value && e.Value <= e.Upper95 && e.Upper95 <= e.Upper998
            && e.Lower998 >= 0 && e.Upper998 <= 1;
    }

    [Property]
    public bool IntervalNarrowsAsTheSampleGrowsAtAFixedProportion(PositiveInt a, PositiveInt b)
    {
        var n = (long)(b.Get % 1000) + 1;
        var x = a.Get % (n + 1);
        var small = Proportions.WilsonInterval(x, n, Confidence.Level95);
        var large = Proportions.WilsonInterval(x * 4, n * 4, Confidence.Level95);
        return large.Upper - large.Lower < small.Upper - small.Lower;
    }
}
