
namespace CareForAll.Statistics.Tests;

public class MeansTests
{
    /// <summary>
    /// Student's sleep data (Cushny &amp; Peebles, in Student, Biometrika 1908;6:1–25): extra hours of sleep,
    /// drug 2 minus drug 1, for ten patients. Mean 1.58, SD 1.229995, 95% t interval 0.7001142 to
    /// 2.4598858 (the paired t test on these data, e.g. R's documented <c>sleep</c> example).
    /// </summary>
    private static readonly double[] SleepDifferences = [1.2, 2.4, 1.3, 1.3, 0.0, 1.0, 1.8, 0.8, 4.6, 1.4];

    [Fact]
    public void StudentSleepDataMatchesThePublishedInterval()
    {
        var interval = Means.StudentTInterval(SleepDifferences, Confidence.Level95);

        Assert.Equal(1.58, interval.Value, 10);
        Assert.Equal(1.229995, Means.StandardDeviation(SleepDifferences), 6);
        Assert.Equal(0.7001142, interval.Lower, 6);
        Assert.Equal(2.4598858, interval.Upper, 6);
    }

    [Fact]
    public void NinetyNinePointEightLimitsAreWider()
    {
        var e = Means.StudentT(SleepDifferences);
        Assert.True(e.Lower998 < e.Lower95 && e.Upper998 > e.Upper95);
    }

    [Fact]
    public void OneValueHasNoLimits()
    {
        var e = Means.StudentT([4.2]);
        Assert.Equal(4.2, e.Value);
        Assert.True(double.IsNaN(e.Lower95));
        Assert.Equal(Means.FewerThanTwoValues, e.Note);
    }
}
