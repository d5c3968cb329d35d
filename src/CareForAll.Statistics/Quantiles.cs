namespace CareForAll.Statistics;

/// <summary>
/// Assigns the areas of one group to quantiles (quintiles, deciles …) by rank, following the OHID
/// Technical Guide "Assigning deprivation categories" and PHEindicatormethods <c>phe_quantile</c>:
/// rank r among the N areas with a value, ties taking the lowest rank, then
/// quantile = floor((q + 1) − ceiling(((N + 1) − r) / (N / q))), and 0 becomes 1.
/// </summary>
/// <remarks>
/// Polarity: by default quantile 1 holds the lowest values. With <c>higherIsBetter</c> the order is
/// inverted so that quantile 1 holds the highest (best) values; this is PHEindicatormethods'
/// <c>invert = TRUE</c> (its default), which ranks max(value) − value. Areas without a value (NaN) get
/// no quantile, and no area gets one when the group has fewer areas with values than quantiles.
/// </remarks>
public static class Quantiles
{
    /// <summary>The quantile (1..<paramref name="quantiles"/>) of each value, in input order; null where not assigned.</summary>
    public static IReadOnlyList<int?> Assign(IReadOnlyList<double> values, int quantiles, bool higherIsBetter = false)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (quantiles < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(quantiles), quantiles, "The number of quantiles must be 1 or more.");
        }

        var present = values.Where(v => !double.IsNaN(v)).ToList();
        var count = present.Count;
        var result = new int?[values.Count];
        if (count < quantiles)
        {
            return result;
        }

        var max = present.Max();
        double Adjusted(double v) => higherIsBetter ? max - v : v;
        var sorted = present.Select(Adjusted).Order().ToArray();
        for (var i = 0; i < values.Count; i++)
        {
            if (double.IsNaN(values[i]))
            {
                continue;
            }

            var own = Adjusted(values[i]);
            var rank = 1 + CountBelow(sorted, own);
            var quantile = Math.Floor((quantiles + 1) - Math.Ceiling(((count + 1) - rank) / ((double)count / quantiles)));
            result[i] = quantile == 0 ? 1 : (int)quantile;
        }

        return result;
    }

    private static int CountBelow(double[] sorted, double value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            if (sorted[mid] < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
