namespace CareForAll.Statistics;

/// <summary>
/// Means with Student's t confidence limits: mean ± t(1 − α/2, n − 1) × s/√n, s the sample standard
/// deviation (Student, "The probable error of a mean", Biometrika 1908;6:1–25; PHE/OHID Technical Guide
/// "Confidence intervals"; APHO Technical Briefing 3, 2008; PHEindicatormethods <c>phe_mean</c>).
/// Limits are not given for fewer than two values.
/// </summary>
public static class Means
{
    /// <summary>The note on limits that are not given because there is only one value.</summary>
    public const string FewerThanTwoValues = "fewer than 2 values";

    /// <summary>The mean of <paramref name="values"/> with its t interval.</summary>
    public static Interval StudentTInterval(IReadOnlyList<double> values, double level)
    {
        ArgumentNullException.ThrowIfNull(values);
        return StudentTInterval(values.Count == 0 ? double.NaN : values.Average(), StandardDeviation(values), values.Count, level);
    }

    /// <summary>The mean of <paramref name="values"/> with limits at 95% and 99.8%.</summary>
    public static Estimate StudentT(IReadOnlyList<double> values) =>
        Estimate.AtBothLevels(level => StudentTInterval(values, level));

    /// <summary>The t interval from a summary: the mean, the sample standard deviation and the number of values.</summary>
    public static Interval StudentTInterval(double mean, double standardDeviation, long count, double level)
    {
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A mean needs at least one value.");
        }

        _ = Confidence.Z(level);
        if (count < 2)
        {
            return new Interval(mean, double.NaN, double.NaN, FewerThanTwoValues);
        }

        var t = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, count - 1, level + ((1 - level) / 2));
        var halfWidth = t * standardDeviation / Math.Sqrt(count);
        return new Interval(mean, mean - halfWidth, mean + halfWidth);
    }

    /// <summary>The sample standard deviation (divisor n − 1); NaN for fewer than two values.</summary>
    public static double StandardDeviation(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < 2)
        {
            return double.NaN;
        }

        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }
}
