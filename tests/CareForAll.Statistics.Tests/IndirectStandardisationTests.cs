
namespace CareForAll.Statistics.Tests;

/// <summary>
/// Indirect standardisation as in Breslow &amp; Day 1987 vol. II ch. 2 and the PHE/OHID Technical Guide:
/// E = Σ reference rate × population; the limits of O (exact below 10, Byar from 10) divided by E.
/// Checked on a two-band example worked by hand.
/// </summary>
public class IndirectStandardisationTests
{
    private static readonly IReadOnlyList<IndirectBand> Area =
    [
        new(12, 1000, 100, 10_000), // reference rate 0.01 → 10 expected
        new(8, 2000, 50, 10_000),   // reference rate 0.005 → 10 expected
    ];

    [Fact]
    public void ObservedAndExpectedAreSummedOverBands()
    {
        Assert.Equal(20, IndirectStandardisation.Observed(Area));
        Assert.Equal(20, IndirectStandardisation.Expected(Area), 12);
        Assert.Equal(0.0075, IndirectStandardisation.ReferenceRate(Area), 12);
    }

    [Fact]
    public void RatioIsObservedOverExpectedWithByarLimitsOfTheObservedCount()
    {
        var ratio = IndirectStandardisation.Ratio(Area, 100);

        Assert.Equal(100, ratio.Value, 9);
        Assert.Equal(Rates.Byar(20, 0.95).Lower / 20 * 100, ratio.Lower95, 9);
        Assert.Equal(Rates.Byar(20, 0.998).Upper / 20 * 100, ratio.Upper998, 9);
    }

    [Fact]
    public void SmallObservedCountsUseExactLimits()
    {
        // O = 9, E = 4.5: ratio 2; exact 95% limits of 9 are 4.115–17.085 (Garwood 1936), so 0.914–3.797.
        var ratio = IndirectStandardisation.RatioInterval(9, 4.5, Confidence.Level95);

        Assert.Equal(2, ratio.Value, 12);
        Assert.Equal(4.115, ratio.Lower * 4.5, 3);
        Assert.Equal(17.085, ratio.Upper * 4.5, 3);
    }

    [Fact]
    public void RateIsTheRatioTimesTheReferenceCrudeRate()
    {
        var rate = IndirectStandardisation.Rate(Area);

        Assert.Equal(750, rate.Value, 9); // O/E = 1 × 150/20,000 × 100,000
        Assert.Equal(Rates.Byar(20, 0.95).Upper / 20 * 750, rate.Upper95, 9);
    }

    [Fact]
    public void ZeroObservedHasZeroLowerLimit()
    {
        var ratio = IndirectStandardisation.Ratio(0, 2.0);
        Assert.Equal(0, ratio.Value);
        Assert.Equal(0, ratio.Lower95);
        Assert.Equal(3.689 / 2, ratio.Upper95, 3);
    }

    [Fact]
    public void NoExpectedEventsIsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => IndirectStandardisation.Ratio(3, 0.0));
}
