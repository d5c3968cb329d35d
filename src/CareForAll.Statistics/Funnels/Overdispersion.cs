using MathNet.Numerics.Statistics;

namespace CareForAll.Statistics;

/// <summary>
/// Overdispersion of performance indicators (Spiegelhalter DJ. Handling over-dispersion of performance indicators.
/// Qual Saf Health Care 2005;14:347–351). Each unit gets a z-score z = (y − θ)/s on a scale where y is roughly
/// normal: y = x/n for proportions (s = √(θ(1−θ)/n)) and rates (s = √(θ/n)); y = √(O/E) for ratios
/// (s = 1/(2√E), so z = 2(√O − √(θE))). z-scores are Winsorised at their 10th and 90th percentiles (R's type 7
/// quantile), φ = (1/k) Σ z², and when φ ≤ 1 nothing is adjusted. Multiplicative limits are θ ± z_α √φ s;
/// additive random-effects limits are θ ± z_α √(s² + τ²) with τ² = max(0, (kφ − (k − 1)) / (Σw − Σw²/Σw)), w = 1/s²;
/// both are transformed back to the plotted scale.
/// The SHMI variant follows NHS Digital's "Summary Hospital-level Mortality Indicator (SHMI) methodology
/// specification" (as implemented in the nhs-r-community FunnelPlotR package's "SHMI" method): y = ln(O/E),
/// s = 1/√E, so z = √E ln(O/E); units are ranked by z and split into ten groups as ⌊rank × 10/(k + 1)⌋, the lowest
/// and highest groups (about 10% at each end) are dropped before φ and τ² are estimated from the rest; limits are
/// θ × exp(± z_α √(s² + τ²)).
/// </summary>
public static class Overdispersion
{
    /// <summary>The share of z-scores Winsorised (or, for the SHMI, trimmed) at each end.</summary>
    public const double TrimFraction = 0.1;

    /// <summary>Estimates z-scores, φ and τ² for units against a target on the unit scale.</summary>
    public static OverdispersionEstimate Estimate(IReadOnlyList<FunnelUnit> units, FunnelKind kind, OverdispersionMethod method, double target)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (method == OverdispersionMethod.Shmi && kind != FunnelKind.Ratio)
        {
            throw new ArgumentException("The SHMI overdispersion method applies to ratios (observed/expected) only.", nameof(method));
        }

        var scale = method == OverdispersionMethod.Shmi ? Scale.Log : ScaleOf(kind);
        var z = new double[units.Count];
        var se = new double[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            var (value, centre, standardError) = Transform(scale, units[i], target);
            se[i] = standardError;
            z[i] = standardError > 0 ? (value - centre) / standardError : double.NaN;
        }

        double phi;
        double[] kept;
        if (method == OverdispersionMethod.Shmi)
        {
            var keep = ShmiKept(z);
            phi = Phi(keep.Select(i => z[i]).ToList());
            kept = keep.Select(i => se[i]).ToArray();
        }
        else
        {
            phi = Phi(Winsorise(z));
            kept = se;
        }

        var adjusted = method != OverdispersionMethod.None && phi > 1;
        var usesTau = method is OverdispersionMethod.Additive or OverdispersionMethod.Shmi;
        var tau2 = adjusted && usesTau ? Tau2(phi, kept) : 0;
        return new OverdispersionEstimate(z, phi, tau2, adjusted);
    }

    /// <summary>z-scores Winsorised at their 10th and 90th percentiles (R type 7): values beyond are set to them.</summary>
    public static IReadOnlyList<double> Winsorise(IReadOnlyList<double> zScores)
    {
        ArgumentNullException.ThrowIfNull(zScores);
        var finite = zScores.Where(double.IsFinite).ToArray();
        if (finite.Length == 0)
        {
            return [];
        }

        var low = finite.QuantileCustom(TrimFraction, QuantileDefinition.R7);
        var high = finite.QuantileCustom(1 - TrimFraction, QuantileDefinition.R7);
        return finite.Select(z => Math.Clamp(z, low, high)).ToArray();
    }

    /// <summary>The overdispersion factor φ = (1/k) Σ z².</summary>
    public static double Phi(IReadOnlyList<double> zScores)
    {
        ArgumentNullException.ThrowIfNull(zScores);
        return zScores.Count == 0 ? double.NaN : zScores.Sum(z => z * z) / zScores.Count;
    }

    /// <summary>The between-unit variance τ² = max(0, (kφ − (k − 1)) / (Σw − Σw²/Σw)) with w = 1/s².</summary>
    public static double Tau2(double phi, IReadOnlyList<double> standardErrors)
    {
        ArgumentNullException.ThrowIfNull(standardErrors);
        var weights = standardErrors.Where(s => s > 0).Select(s => 1 / (s * s)).ToArray();
        var k = weights.Length;
        if (k < 2)
        {
            return 0;
        }

        var sum = weights.Sum();
        var denominator = sum - (weights.Sum(w => w * w) / sum);
        return denominator > 0 ? Math.Max(0, ((k * phi) - (k - 1)) / denominator) : 0;
    }

    /// <summary>Overdispersion-adjusted 95% and 99.8% limits for one denominator, times the multiplier.</summary>
    public static FunnelLimits AdjustedLimits(FunnelKind kind, OverdispersionMethod method, double target, double denominator, double phi, double tau2, double multiplier = 1)
    {
        var scale = method == OverdispersionMethod.Shmi ? Scale.Log : ScaleOf(kind);
        var (_, centre, se) = Transform(scale, new FunnelUnit("limit", 0, denominator), target);
        var width = method == OverdispersionMethod.Multiplicative ? Math.Sqrt(phi) * se : Math.Sqrt((se * se) + tau2);
        double Limit(double z)
        {
            var limit = Back(scale, centre + (z * width));
            limit = kind == FunnelKind.Proportion ? Math.Clamp(limit, 0, 1) : Math.Max(0, limit);
            return limit * multiplier;
        }

        var z95 = Confidence.Z(Confidence.Level95);
        var z998 = Confidence.Z(Confidence.Level998);
        return new FunnelLimits(Limit(-z95), Limit(z95), Limit(-z998), Limit(z998));
    }

    private enum Scale
    {
        Proportion,
        Rate,
        SquareRoot,
        Log,
    }

    private static Scale ScaleOf(FunnelKind kind) => kind switch
    {
        FunnelKind.Proportion => Scale.Proportion,
        FunnelKind.Rate => Scale.Rate,
        _ => Scale.SquareRoot,
    };

    /// <summary>The unit's value, the target and the standard error at the target, on the analysis scale.</summary>
    private static (double Value, double Centre, double StandardError) Transform(Scale scale, FunnelUnit unit, double target)
    {
        var ratio = unit.Numerator / unit.Denominator;
        return scale switch
        {
            Scale.SquareRoot => (Math.Sqrt(ratio), Math.Sqrt(target), 1 / (2 * Math.Sqrt(unit.Denominator))),
            Scale.Log => (Math.Log(ratio), Math.Log(target), 1 / Math.Sqrt(target * unit.Denominator)),
            Scale.Rate => (ratio, target, Math.Sqrt(target / unit.Denominator)),
            _ => (ratio, target, Math.Sqrt(target * (1 - target) / unit.Denominator)),
        };
    }

    private static double Back(Scale scale, double value) => scale switch
    {
        Scale.SquareRoot => value < 0 ? 0 : value * value,
        Scale.Log => Math.Exp(value),
        _ => value,
    };

    /// <summary>Indices of units kept by the SHMI trim: ranks (ties averaged) in groups ⌊rank × 10/(k + 1)⌋ 1 to 8.</summary>
    private static List<int> ShmiKept(IReadOnlyList<double> z)
    {
        var ranks = z.Select(v => double.IsNaN(v) ? 0 : v).ToArray().Ranks(RankDefinition.Average);
        var groups = 1 / TrimFraction;
        var kept = new List<int>();
        for (var i = 0; i < z.Count; i++)
        {
            var group = Math.Floor(ranks[i] * groups / (z.Count + 1));
            if (group > 0 && group < groups - 1 && double.IsFinite(z[i]))
            {
                kept.Add(i);
            }
        }

        return kept;
    }
}
