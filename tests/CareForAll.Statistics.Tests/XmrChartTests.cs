
namespace CareForAll.Statistics.Tests;

// XmR charts as in NHS England/Improvement "Making Data Count" (2019) and Wheeler, Understanding Variation (2000).
// No numeric worked example from those documents was available offline; the expected limits below are computed by
// hand from the published constants (2.66, 3.267, 1.128) and stated in each test.
public class XmrChartTests
{
    [Fact]
    public void LimitsAreTheMeanPlusOrMinus266MeanMovingRanges()
    {
        // mean 12; moving ranges 2, 1, 3, 1 → mean 1.75; limits 12 ± 4.655.
        var chart = XmrChart.Analyse([10, 12, 11, 14, 13]);

        Assert.All(chart.Points, p => Assert.Equal(12, p.Mean, 12));
        Assert.Equal(16.655, chart.Points[0].Upper, 10);
        Assert.Equal(7.345, chart.Points[0].Lower, 10);
        Assert.True(double.IsNaN(chart.Points[0].MovingRange));
        Assert.Equal(3, chart.Points[3].MovingRange);
        Assert.All(chart.Points, p => Assert.Equal(PointVariation.CommonCause, p.Variation));
    }

    [Fact]
    public void FixedLimitsFromTheFirstPointsApplyToLaterOnes()
    {
        var chart = XmrChart.Analyse([10, 12, 11, 14, 13, 30], new XmrOptions(ImprovementDirection.Decrease, FixAfter: 5));

        Assert.Equal(16.655, chart.Points[5].Upper, 10);
        Assert.Equal(SpecialCauseRule.BeyondLimits, chart.Points[5].Rule);
        Assert.Equal(PointVariation.Concern, chart.Points[5].Variation);
    }

    [Fact]
    public void APointExactlyOnALimitIsNotBeyondIt()
    {
        var baseline = XmrChart.Analyse([10, 12, 11, 14, 13]);
        var upper = baseline.Points[0].Upper;

        var chart = XmrChart.Analyse([10, 12, 11, 14, 13, upper, upper + 0.001], new XmrOptions(ImprovementDirection.Increase, FixAfter: 5));

        Assert.NotEqual(SpecialCauseRule.BeyondLimits, chart.Points[5].Rule);
        Assert.Equal(SpecialCauseRule.BeyondLimits, chart.Points[6].Rule);
        Assert.Equal(PointVariation.Improvement, chart.Points[6].Variation);
    }

    [Fact]
    public void ScreeningDropsLargeMovingRangesBeforeSettingLimits()
    {
        // Moving ranges: nine of 1 and two of 49; mean 107/11 = 9.727; 3.267 × 9.727 = 31.8, so both 49s go and
        // the mean moving range is 1. Mean of the values = (10 × 10.5 + 60 + 11) / 12 = 14.667.
        double[] values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 60, 11];

        var screened = XmrChart.Analyse(values, new XmrOptions(ScreenOutliers: true));
        var plain = XmrChart.Analyse(values);

        Assert.Equal(values.Average() + 2.66, screened.Points[0].Upper, 10);
        Assert.Equal(values.Average() + (2.66 * 107 / 11), plain.Points[0].Upper, 10);
        Assert.Equal(SpecialCauseRule.BeyondLimits, screened.Points[10].Rule);
    }

    [Fact]
    public void SevenRisingPointsAreATrendButATieBreaksIt()
    {
        // Limits fixed on a wide baseline (mean 6.5, mean moving range 13) so only the trend rule can fire.
        var options = new XmrOptions(ImprovementDirection.Increase, FixAfter: 4);
        var rising = XmrChart.Analyse([0, 13, 0, 13, 5, 5.5, 6, 6.5, 7, 7.5, 8], options);
        var tied = XmrChart.Analyse([0, 13, 0, 13, 5, 5.5, 6, 6, 7, 7.5, 8], options);
        var six = XmrChart.Analyse([0, 13, 0, 13, 5, 5.5, 6, 6.5, 7, 7.5], options);

        Assert.All(rising.Points.Skip(4), p => Assert.Equal(SpecialCauseRule.Trend, p.Rule));
        Assert.All(rising.Points.Skip(4), p => Assert.Equal(PointVariation.Improvement, p.Variation));
        Assert.Equal(SpecialCauseRule.None, rising.Points[3].Rule);
        Assert.DoesNotContain(tied.Points, p => p.Rule == SpecialCauseRule.Trend);
        Assert.DoesNotContain(six.Points, p => p.Rule == SpecialCauseRule.Trend);
    }

    [Fact]
    public void SevenPointsOnOneSideAreARunButAPointOnTheMeanBreaksIt()
    {
        // Mean exactly 10 in both series; deviations ±1.75 and ±0.25 keep every point inside 2 sigma.
        double[] runs = [8.25, 9.75, 8.25, 9.75, 8.25, 9.75, 8.25, 11.75, 10.25, 11.75, 10.25, 11.75, 10.25, 11.75];
        double[] broken = [8.25, 9.75, 8.25, 9.75, 8.25, 9.75, 10, 10.25, 11.75, 10.25, 11.75, 10.25, 11.75];

        var withRuns = XmrChart.Analyse(runs, new XmrOptions(ImprovementDirection.Decrease));
        var withoutRuns = XmrChart.Analyse(broken, new XmrOptions(ImprovementDirection.Decrease));

        Assert.All(withRuns.Points, p => Assert.Equal(SpecialCauseRule.Run, p.Rule));
        Assert.Equal(PointVariation.Improvement, withRuns.Points[0].Variation);
        Assert.Equal(PointVariation.Concern, withRuns.Points[13].Variation);
        Assert.Equal(10, withoutRuns.Points[6].Mean);
        Assert.All(withoutRuns.Points, p => Assert.Equal(SpecialCauseRule.None, p.Rule));
    }

    [Fact]
    public void TwoOfThreeBeyondTwoSigmaOnOneSide()
    {
        // Alternating 9, 11 then 14, 9, 14: fixed on the first 8 points, mean 10, mean moving range 2,
        // sigma 1.773, two sigma 3.546 (14 is beyond), limits 4.68 to 15.32 (14 is inside).
        double[] values = [9, 11, 9, 11, 9, 11, 9, 11, 14, 9, 14];

        var chart = XmrChart.Analyse(values, new XmrOptions(ImprovementDirection.Neither, FixAfter: 8));

        Assert.Equal(SpecialCauseRule.TwoOfThree, chart.Points[8].Rule);
        Assert.Equal(SpecialCauseRule.None, chart.Points[9].Rule);
        Assert.Equal(SpecialCauseRule.TwoOfThree, chart.Points[10].Rule);
        Assert.Equal(PointVariation.Neither, chart.Points[10].Variation);
    }

    [Fact]
    public void RebasingRecalculatesLimitsFromTheGivenPoint()
    {
        var chart = XmrChart.Analyse([1, 2, 1, 2, 10, 11, 10, 11], new XmrOptions(RebaseAt: [4]));

        Assert.Equal(1.5, chart.Points[3].Mean);
        Assert.Equal(10.5, chart.Points[4].Mean);
        Assert.Equal(10.5 + 2.66, chart.Points[7].Upper, 10);
    }

    [Theory]
    [InlineData(ImprovementDirection.Increase, 5.0, TargetAssurance.ConsistentlyPassing)]
    [InlineData(ImprovementDirection.Increase, 20.0, TargetAssurance.ConsistentlyFailing)]
    [InlineData(ImprovementDirection.Increase, 12.0, TargetAssurance.HitAndMiss)]
    [InlineData(ImprovementDirection.Decrease, 20.0, TargetAssurance.ConsistentlyPassing)]
    [InlineData(ImprovementDirection.Decrease, 5.0, TargetAssurance.ConsistentlyFailing)]
    [InlineData(ImprovementDirection.Neither, 5.0, TargetAssurance.None)]
    public void AssuranceComparesTheTargetWithTheProcessLimits(ImprovementDirection improvement, double target, TargetAssurance expected)
    {
        var chart = XmrChart.Analyse([10, 12, 11, 14, 13], new XmrOptions(improvement, target));

        Assert.Equal(expected, chart.Assurance);
    }

    [Fact]
    public void NoTargetMeansNoAssurance() =>
        Assert.Equal(TargetAssurance.None, XmrChart.Analyse([10, 12, 11], new XmrOptions(ImprovementDirection.Increase)).Assurance);
}
