using MathNet.Numerics.Distributions;

namespace CareForAll.Statistics;

/// <content>Discrimination (c-statistic) and calibration on aggregated patterns.</content>
public static partial class LogisticRegression
{
    /// <summary>
    /// The c-statistic (area under the ROC curve; Hanley JA, McNeil BJ. Radiology 1982;143:29–36) from aggregated
    /// patterns: the share of (event, non-event) pairs in which the event has the higher predicted risk, ties counted
    /// half.
    /// </summary>
    public static double CStatistic(IReadOnlyList<double> predicted, IReadOnlyList<double> successes, IReadOnlyList<double> trials)
    {
        var order = Order(predicted, successes, trials);
        double events = 0, nonEvents = 0, concordant = 0, nonEventsBelow = 0;
        var i = 0;
        while (i < order.Length)
        {
            var j = i;
            double groupEvents = 0, groupNonEvents = 0;
            while (j < order.Length && predicted[order[j]] == predicted[order[i]])
            {
                groupEvents += successes[order[j]];
                groupNonEvents += trials[order[j]] - successes[order[j]];
                j++;
            }

            concordant += groupEvents * (nonEventsBelow + (0.5 * groupNonEvents));
            nonEventsBelow += groupNonEvents;
            events += groupEvents;
            nonEvents += groupNonEvents;
            i = j;
        }

        return events > 0 && nonEvents > 0 ? concordant / (events * nonEvents) : double.NaN;
    }

    /// <summary>
    /// Calibration in <paramref name="groups"/> groups of predicted risk (10 gives deciles): patterns are sorted by
    /// predicted risk and each goes whole to the group holding the midpoint of its trials in the cumulative count.
    /// </summary>
    public static Calibration Calibrate(IReadOnlyList<double> predicted, IReadOnlyList<double> successes, IReadOnlyList<double> trials, int groups = 10)
    {
        if (groups < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(groups), groups, "Calibration needs at least 3 groups.");
        }

        var order = Order(predicted, successes, trials);
        var total = trials.Sum();
        var trialSums = new double[groups];
        var observed = new double[groups];
        var expected = new double[groups];
        var cumulative = 0.0;
        foreach (var r in order)
        {
            var group = (int)Math.Min(groups - 1, Math.Floor(groups * (cumulative + (trials[r] / 2)) / total));
            cumulative += trials[r];
            trialSums[group] += trials[r];
            observed[group] += successes[r];
            expected[group] += predicted[r] * trials[r];
        }

        var result = new List<CalibrationGroup>();
        var statistic = 0.0;
        for (var g = 0; g < groups; g++)
        {
            if (trialSums[g] == 0)
            {
                continue;
            }

            result.Add(new CalibrationGroup(result.Count + 1, trialSums[g], observed[g], expected[g], expected[g] / trialSums[g]));
            var variance = expected[g] * (1 - (expected[g] / trialSums[g]));
            if (variance > 0)
            {
                statistic += (observed[g] - expected[g]) * (observed[g] - expected[g]) / variance;
            }
        }

        var degreesOfFreedom = result.Count - 2;
        var p = degreesOfFreedom > 0 ? 1 - ChiSquared.CDF(degreesOfFreedom, statistic) : double.NaN;
        return new Calibration(result, statistic, degreesOfFreedom, p);
    }

    private static int[] Order(IReadOnlyList<double> predicted, IReadOnlyList<double> successes, IReadOnlyList<double> trials)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(successes);
        ArgumentNullException.ThrowIfNull(trials);
        if (predicted.Count != successes.Count || predicted.Count != trials.Count)
        {
            throw new ArgumentException("Predicted risks, successes and trials need one value per pattern each.", nameof(predicted));
        }

        var order = Enumerable.Range(0, predicted.Count).ToArray();
        Array.Sort(order, (a, b) => predicted[a].CompareTo(predicted[b]));
        return order;
    }
}
