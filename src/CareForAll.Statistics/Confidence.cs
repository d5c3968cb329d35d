using MathNet.Numerics.Distributions;

namespace CareForAll.Statistics;

/// <summary>
/// Confidence levels and their normal quantiles. For a two-sided level c, z is the standard normal
/// quantile at c + (1 − c)/2 (95% → 1.959964, 99.8% → 3.090232), as in the PHE/OHID Technical Guide
/// "Confidence intervals" (2018).
/// </summary>
public static class Confidence
{
    /// <summary>The 95% level.</summary>
    public const double Level95 = 0.95;

    /// <summary>The 99.8% level (about three standard deviations), used for control limits and outliers.</summary>
    public const double Level998 = 0.998;

    /// <summary>The two-sided normal quantile for a confidence level strictly between 0 and 1.</summary>
    public static double Z(double level)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "A confidence level must lie strictly between 0 and 1, e.g. 0.95.");
        }

        return Normal.InvCDF(0, 1, level + ((1 - level) / 2));
    }
}
