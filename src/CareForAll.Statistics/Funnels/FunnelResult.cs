namespace CareForAll.Statistics;

/// <summary>
/// A funnel plot: the target (on the plotted scale), the overdispersion estimates and one point per unit.
/// <see cref="Phi"/> is the overdispersion factor φ; <see cref="Tau2"/> the between-unit variance τ² (0 unless
/// the additive or SHMI method applies); <see cref="Adjusted"/> is true when the limits were widened (φ &gt; 1).
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed record FunnelResult(
    FunnelKind Kind,
    double Target,
    OverdispersionMethod Method,
    double Phi,
    double Tau2,
    bool Adjusted,
    IReadOnlyList<FunnelPoint> Points);
