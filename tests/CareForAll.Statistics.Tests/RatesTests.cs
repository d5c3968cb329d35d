using FsCheck;
using FsCheck.Xunit;
using MathNet.Numerics.Distributions;

namespace CareForAll.Statistics.Tests;

public class RatesTests
{
    /// <summary>
    /// Exact 95% Poisson limits as tabulated since Garwood F, Biometrika 1936;28:437–442 (the χ² relation
    /// of Ulm K, Am J Epidemiol 1990;131:373–375): 0 → 0–3.689, 1 → 0.0253–5.572, 2 → 0.242–7.225,
    /// 5 → 1.623–11.668, 9 → 4.115–17.085.
    /// </summary>
    [Theory]
    [InlineData(0, 0.0, 3.689)]
    [InlineData(1, 0.0253, 5.572)]
    [InlineData(2, 0.242, 7.225)]
    [InlineData(5, 1.623, 11.668)]
    [InlineData(9, 4.115, 17.085)]
    public void ExactPoissonMatchesTheClassicalTable(long count, double lower, double upper)
    {
        var limits = Rates.ExactPoisson(count, Confidence.Level95);

        Assert.Equal(lower, limits.Lower, lower < 0.1 ? 4 : 3);
        Assert.Equal(upper, limits.Upper, 3);
    }

    /// <summary>
    /// Independent check of the exact limits by their definition: at the upper limit P(X ≤ x) = α/2, at the
    /// lower limit P(X ≥ x) = α/2 (Garwood 1936), computed here from the Poisson distribution itself.
    /// </summary>
    [Theory]
    [InlineData(1, 0.95)]
    [InlineData(4, 0.95)]
    [InlineData(9, 0.998)]
    public void ExactLimitsLeaveHalfAlphaInEachTail(long count, double level)
    {
        var limits = Rates.ExactPoisson(count, level);
        var alpha = 1 - level;

        Assert.Equal(alpha / 2, Poisson.CDF(limits.Upper, count), 9);
        Assert.Equal(alpha / 2, 1 - Poisson.CDF(limits.Lower, count - 1), 9);
    }

    /// <summary>
    /// PHE/OHID Technical Guide "Confidence intervals" (2018), Appendix 1: "for 95% confidence intervals,
    /// Byar's method is within 0.2% of the exact value for numerators of 10 or more".
    /// </summary>
    [Fact]
    public void ByarIsWithinTwoTenthsOfAPercentOfExactFromTen()
    {
        for (long count = 10; count <= 2000; count += count < 100 ? 1 : 37)
        {
            var byar = Rates.Byar(count, Confidence.Level95);
            var exact = Rates.ExactPoisson(count, Confidence.Level95);
            Assert.InRange(Math.Abs(byar.Lower - exact.Lower) / exact.Lower, 0, 0.002);
            Assert.InRange(Math.Abs(byar.Upper - exact.Upper) / exact.Upper, 0, 0.002);
        }
    }

    [Fact]
    public void ByarFormulaAtTenEvents()
    {
        // Breslow & Day 1987 vol. II p. 69, with z = 1.959964: 10(1 − 1/90 − z/(3√10))³ and 11(1 − 1/99 + z/(3√11))³.
        var z = Confidence.Z(0.95);
        var limits = Rates.Byar(10, 0.95);

        Assert.Equal(10 * Math.Pow(1 - (1.0 / 90) - (z / (3 * Math.Sqrt(10))), 3), limits.Lower, 12);
        Assert.Equal(11 * Math.Pow(1 - (1.0 / 99) + (z / (3 * Math.Sqrt(11))), 3), limits.Upper, 12);
        Assert.Equal(4.78745, limits.Lower, 5);
    }

    [Fact]
    public void NineEventsUseExactLimitsAndTenUseByar()
    {
        Assert.Equal(Rates.ExactPoisson(9, 0.95), Rates.PoissonLimits(9, 0.95));
        Assert.Equal(Rates.Byar(10, 0.95), Rates.PoissonLimits(10, 0.95));
        Assert.NotEqual(Rates.ExactPoisson(10, 0.95).Lower, Rates.PoissonLimits(10, 0.95).Lower);
    }

    [Fact]
    public void RateIsCountOverDenominatorTimesMultiplierWithZeroLowerLimitAtZero()
    {
        var rate = Rates.Rate(0, 50_000);
        Assert.Equal(0, rate.Value);
        Assert.Equal(0, rate.Lower95);
        Assert.Equal(3.689 / 50_000 * 100_000, rate.Upper95, 3);

        var big = Rates.Rate(150, 75_000, 1000);
        Assert.Equal(2.0, big.Value, 12);
        Assert.Equal(Rates.Byar(150, 0.998).Upper / 75, big.Upper998, 12);
    }

    [Fact]
    public void NegativeCountOrZeroDenominatorIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Rates.Rate(-1, 100));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rates.Rate(1, 0));
    }

    [Property]
    public bool LimitsBracketTheCountAndNest(NonNegativeInt count)
    {
        var c = count.Get % 100_000;
        var at95 = Rates.PoissonLimits(c, Confidence.Level95);
        var at998 = Rates.PoissonLimits(c, Confidence.Level998);
        return at998.Lower <= at95.Lower && at95.Lower <= c && c <= at95.Upper && at95.Upper <= at998.Upper;
    }
}
