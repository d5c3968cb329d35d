namespace CareForAll.Statistics;

/// <summary>
/// Statistical process control XmR (individuals and moving range) charts with the NHS "Making Data Count" rules
/// (NHS England and NHS Improvement. Making Data Count: Getting started. 2019; Wheeler DJ. Understanding Variation:
/// The Key to Managing Chaos. SPC Press, 2000). Moving ranges are |xᵢ − xᵢ₋₁|; the process limits are
/// mean ± 2.66 × mean moving range, and sigma is mean moving range / 1.128. Special causes: a point beyond a limit;
/// 7 points in a row all increasing or all decreasing (a tie breaks it); two out of three consecutive points beyond
/// 2 sigma on the same side; 7 points in a row on one side of the mean (a point on the mean breaks it). Rules look
/// within one period between rebases.
/// </summary>
public static class XmrChart
{
    /// <summary>The multiplier of the mean moving range that gives the process limits (3 / 1.128).</summary>
    public const double LimitFactor = 2.66;

    /// <summary>The multiplier of the mean moving range at or above which a moving range is screened out.</summary>
    public const double MovingRangeScreenFactor = 3.267;

    /// <summary>The bias-correction constant d₂ for moving ranges of two: sigma = mean moving range / d₂.</summary>
    public const double D2 = 1.128;

    /// <summary>The number of points in a row that makes a trend or a run.</summary>
    public const int RunLength = 7;

    /// <summary>Builds the chart for values in time order.</summary>
    public static XmrResult Analyse(IReadOnlyList<double> values, XmrOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        options ??= new XmrOptions();
        if (values.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Every value must be a finite number.", nameof(values));
        }

        if (values.Count < 2)
        {
            throw new ArgumentException("An XmR chart needs at least two points.", nameof(values));
        }

        if (options.FixAfter is int fix && fix < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(options), fix, "Limits fixed after N points need N of at least 2.");
        }

        var points = new List<XmrPoint>(values.Count);
        var starts = PeriodStarts(values.Count, options.RebaseAt);
        var (lastMean, lastLower, lastUpper) = (0.0, 0.0, 0.0);
        for (var p = 0; p < starts.Count; p++)
        {
            var start = starts[p];
            var end = p + 1 < starts.Count ? starts[p + 1] : values.Count;
            var baselineEnd = start + Math.Min(options.FixAfter ?? (end - start), end - start);
            if (baselineEnd - start < 2)
            {
                throw new ArgumentException($"The period starting at point {start + 1} has fewer than two points to set limits from.", nameof(options));
            }

            var mean = Average(values, start, baselineEnd);
            var meanMovingRange = MeanMovingRange(values, start, baselineEnd, options.ScreenOutliers);
            var upper = mean + (LimitFactor * meanMovingRange);
            var lower = mean - (LimitFactor * meanMovingRange);
            var (rules, sides) = SpecialCauses(values, start, end, mean, lower, upper, meanMovingRange / D2);
            for (var i = start; i < end; i++)
            {
                var movingRange = i == 0 ? double.NaN : Math.Abs(values[i] - values[i - 1]);
                var rule = rules[i - start];
                points.Add(new XmrPoint(values[i], mean, lower, upper, movingRange, rule, Read(rule, sides[i - start], options.Improvement)));
            }

            (lastMean, lastLower, lastUpper) = (mean, lower, upper);
        }

        return new XmrResult(points, Assure(options.Target, options.Improvement, lastLower, lastUpper));
    }

    /// <summary>
    /// The assurance verdict: a target outside the limits on the bad side means consistently passing, on the good
    /// side consistently failing, and within (or on) the limits hit and miss.
    /// </summary>
    public static TargetAssurance Assure(double? target, ImprovementDirection improvement, double lower, double upper)
    {
        if (target is not double t || improvement == ImprovementDirection.Neither)
        {
            return TargetAssurance.None;
        }

        var higherIsBetter = improvement == ImprovementDirection.Increase;
        if (t < lower)
        {
            return higherIsBetter ? TargetAssurance.ConsistentlyPassing : TargetAssurance.ConsistentlyFailing;
        }

        if (t > upper)
        {
            return higherIsBetter ? TargetAssurance.ConsistentlyFailing : TargetAssurance.ConsistentlyPassing;
        }

        return TargetAssurance.HitAndMiss;
    }

    private static List<int> PeriodStarts(int count, IReadOnlyList<int>? rebaseAt)
    {
        var starts = new SortedSet<int> { 0 };
        foreach (var index in rebaseAt ?? [])
        {
            if (index < 0 || index >= count)
            {
                throw new ArgumentOutOfRangeException(nameof(rebaseAt), index, $"A rebase point must be between 0 and {count - 1}.");
            }

            starts.Add(index);
        }

        return [.. starts];
    }

    private static double Average(IReadOnlyList<double> values, int start, int end)
    {
        var sum = 0.0;
        for (var i = start; i < end; i++)
        {
            sum += values[i];
        }

        return sum / (end - start);
    }

    private static double MeanMovingRange(IReadOnlyList<double> values, int start, int end, bool screen)
    {
        var ranges = new List<double>();
        for (var i = start + 1; i < end; i++)
        {
            ranges.Add(Math.Abs(values[i] - values[i - 1]));
        }

        var mean = ranges.Average();
        if (screen)
        {
            var kept = ranges.Where(r => r < MovingRangeScreenFactor * mean).ToList();
            if (kept.Count > 0)
            {
                mean = kept.Average();
            }
        }

        return mean;
    }

    /// <summary>For each point of a period, the first rule that fired and its side (+1 above or rising, −1 below or falling).</summary>
    private static (SpecialCauseRule[] Rules, int[] Sides) SpecialCauses(IReadOnlyList<double> values, int start, int end, double mean, double lower, double upper, double sigma)
    {
        var n = end - start;
        var rules = new SpecialCauseRule[n];
        var sides = new int[n];
        void Mark(int index, SpecialCauseRule rule, int side)
        {
            if (rules[index] == SpecialCauseRule.None || rule < rules[index])
            {
                rules[index] = rule;
                sides[index] = side;
            }
        }

        double X(int i) => values[start + i];

        for (var i = 0; i < n; i++)
        {
            if (X(i) > upper)
            {
                Mark(i, SpecialCauseRule.BeyondLimits, 1);
            }
            else if (X(i) < lower)
            {
                Mark(i, SpecialCauseRule.BeyondLimits, -1);
            }
        }

        MarkRuns(n, i => i > 0 ? Math.Sign(X(i) - X(i - 1)) : 0, RunLength - 1, includePrevious: true, SpecialCauseRule.Trend, Mark);
        MarkRuns(n, i => Math.Sign(X(i) - mean), RunLength, includePrevious: false, SpecialCauseRule.Run, Mark);

        for (var i = 0; i + 2 < n; i++)
        {
            foreach (var side in (int[])[1, -1])
            {
                bool Beyond(int j) => side * (X(j) - mean) > 2 * sigma;
                var count = (Beyond(i) ? 1 : 0) + (Beyond(i + 1) ? 1 : 0) + (Beyond(i + 2) ? 1 : 0);
                if (count >= 2)
                {
                    for (var j = i; j <= i + 2; j++)
                    {
                        if (Beyond(j))
                        {
                            Mark(j, SpecialCauseRule.TwoOfThree, side);
                        }
                    }
                }
            }
        }

        return (rules, sides);
    }

    /// <summary>
    /// Marks every maximal stretch of equal non-zero signs at least <paramref name="length"/> long. For trends the
    /// signs are of successive differences, so the point before the stretch belongs to it too.
    /// </summary>
    private static void MarkRuns(int n, Func<int, int> sign, int length, bool includePrevious, SpecialCauseRule rule, Action<int, SpecialCauseRule, int> mark)
    {
        var runStart = 0;
        for (var i = 0; i <= n; i++)
        {
            if (i < n && i > runStart && sign(i) == sign(runStart) && sign(i) != 0)
            {
                continue;
            }

            var side = runStart < n ? sign(runStart) : 0;
            if (side != 0 && i - runStart >= length)
            {
                for (var j = includePrevious ? runStart - 1 : runStart; j < i; j++)
                {
                    mark(j, rule, side);
                }
            }

            runStart = i;
        }
    }

    private static PointVariation Read(SpecialCauseRule rule, int side, ImprovementDirection improvement) =>
        rule == SpecialCauseRule.None ? PointVariation.CommonCause
        : improvement == ImprovementDirection.Neither ? PointVariation.Neither
        : (side > 0) == (improvement == ImprovementDirection.Increase) ? PointVariation.Improvement
        : PointVariation.Concern;
}
