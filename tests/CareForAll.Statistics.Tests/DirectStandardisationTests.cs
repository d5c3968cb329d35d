using FsCheck;
using FsCheck.Xunit;

namespace CareForAll.Statistics.Tests;

/// <summary>
/// No published worked example with every digit was at hand, so these are independent checks derived
/// from the Dobson et al. (Stat Med 1991;10:457–462) formula as set out in the PHE/OHID Technical Guide
/// "Confidence intervals", Appendix 4: one band, and an area whose age structure is that of the
/// standard, both reduce to the crude rate with Byar's limits; a two-band example is worked by hand.
/// </summary>
public class DirectStandardisationTests
{
    [Fact]
    public void OneBandEqualsTheCrudeRateWithByarLimits()
    {
        var dsr = DirectStandardisation.Rate([new StandardisationBand(57, 23_000, 5000)]);
        var crude = Rates.Rate(57, 23_000);

        Assert.Equal(crude.Value, dsr.Value, 9);
        Assert.Equal(crude.Lower95, dsr.Lower95, 9);
        Assert.Equal(crude.Upper95, dsr.Upper95, 9);
        Assert.Equal(crude.Lower998, dsr.Lower998, 9);
        Assert.Equal(crude.Upper998, dsr.Upper998, 9);
    }

    [Fact]
    public void AnAreaShapedLikeTheEuropeanStandardHasItsCrudeRate()
    {
        // Populations 3 × ESP2013; any counts. Then wᵢ/nᵢ is constant and the DSR is total count / total population.
        var counts = new long[] { 1, 0, 0, 2, 3, 4, 5, 8, 10, 14, 20, 30, 45, 60, 80, 95, 90, 70, 50 };
        var bands = EuropeanStandardPopulation.Weights
            .Select((w, i) => new StandardisationBand(counts[i], 3 * w, w)).ToList();
        var dsr = DirectStandardisation.Rate(bands);
        var crude = Rates.Rate(counts.Sum(), 300_000);

        Assert.Equal(crude.Value, dsr.Value, 9);
        Assert.Equal(crude.Lower95, dsr.Lower95, 9);
        Assert.Equal(crude.Upper998, dsr.Upper998, 9);
    }

    [Fact]
    public void TwoBandExampleWorkedByHand()
    {
        // 20 events in 1,000 people (standard 3,000) and 30 in 4,000 (standard 7,000):
        // DSR = (20×3 + 30×1.75)/10,000 = 0.01125 → 1,125 per 100,000; var = (20×9 + 30×1.75²)/10,000²;
        // limits = DSR + √(var/50) × (Byar(50) − 50), z = 1.959964.
        var dsr = DirectStandardisation.Rate([new StandardisationBand(20, 1000, 3000), new StandardisationBand(30, 4000, 7000)]);

        Assert.Equal(1125.0, dsr.Value, 9);
        Assert.Equal(824.38091, dsr.Lower95, 4);
        Assert.Equal(1496.23334, dsr.Upper95, 4);
    }

    [Fact]
    public void TotalCountBelowTenIsNotGiven()
    {
        var nine = DirectStandardisation.Rate([new StandardisationBand(4, 1000, 5000), new StandardisationBand(5, 1000, 5000)]);
        var ten = DirectStandardisation.Rate([new StandardisationBand(5, 1000, 5000), new StandardisationBand(5, 1000, 5000)]);

        Assert.True(double.IsNaN(nine.Value));
        Assert.True(double.IsNaN(nine.Upper998));
        Assert.Equal(DirectStandardisation.TotalCountBelow10, nine.Note);
        Assert.Equal(500, ten.Value, 9);
        Assert.Null(ten.Note);
    }

    [Fact]
    public void ZeroPopulationInABandIsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new StandardisationBand(3, 0, 5000));

    [Fact]
    public void EuropeanStandardPopulationHasNineteenBandsSummingTo100000()
    {
        Assert.Equal(19, EuropeanStandardPopulation.Bands.Count);
        Assert.Equal(100_000, EuropeanStandardPopulation.Weights.Sum());
        Assert.Equal(7000, EuropeanStandardPopulation.ForBand("45-49"));
        Assert.Equal(1000, EuropeanStandardPopulation.ForBand("90+"));
        Assert.Null(EuropeanStandardPopulation.ForBand("90-94"));
    }

    [Fact]
    public void EuropeanStandardPopulationMatchesTheSharedReferenceNote()
    {
        var readme = File.ReadAllText(CareForAll.Tests.RepositoryPaths.SharedData("reference", "README.md"));
        Assert.Contains(string.Join(", ", EuropeanStandardPopulation.Weights), readme.ReplaceLineEndings(" ").Replace(",  ", ", ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatEventsWithOneEventEachEqualIndependentEvents()
    {
        var repeat = DirectStandardisation.RateForRepeatEvents(
            [new RepeatEventBand("0-4", 1, 20, 1000, 3000), new RepeatEventBand("5-9", 1, 30, 4000, 7000)]);
        var independent = DirectStandardisation.Rate([new StandardisationBand(20, 1000, 3000), new StandardisationBand(30, 4000, 7000)]);

        Assert.Equal(independent.Value, repeat.Value, 9);
        Assert.Equal(independent.Lower95, repeat.Lower95, 9);
        Assert.Equal(independent.Upper998, repeat.Upper998, 9);
    }

    [Fact]
    public void RepeatEventsKeepTheRateAndWidenTheIntervalByTheFrequencyFactor()
    {
        // One band: 20 persons with 1 event, 5 with 2 → 30 events. Var = Σ f² pₑ /n² = 40/n² against 30/n²
        // for independent events, so each half-width grows by √(40/30) (Technical Guide, non-independent events).
        var repeat = DirectStandardisation.RateForRepeatEvents(
            [new RepeatEventBand("all", 1, 20, 1000, 1000), new RepeatEventBand("all", 2, 5, 1000, 1000)]);
        var independent = DirectStandardisation.Rate([new StandardisationBand(30, 1000, 1000)]);

        Assert.Equal(independent.Value, repeat.Value, 9);
        var factor = Math.Sqrt(40.0 / 30);
        Assert.Equal((independent.Upper95 - independent.Value) * factor, repeat.Upper95 - repeat.Value, 9);
        Assert.Equal((independent.Value - independent.Lower998) * factor, repeat.Value - repeat.Lower998, 9);
    }

    [Property]
    public bool LimitsBracketTheRateAndNest(PositiveInt a, PositiveInt b, PositiveInt c)
    {
        var bands = new List<StandardisationBand>
        {
            new(10 + (a.Get % 500), 1000 + (b.Get % 50_000), 6000),
            new(c.Get % 300, 2000 + (a.Get % 9000), 4000),
        };
        var e = DirectStandardisation.Rate(bands);
        return e.Lower998 <= e.Lower95 && e.Lower95 <= e.Value && e.Value <= e.Upper95 && e.Upper95 <= e.Upper998;
    }
}
