namespace CareForAll.Statistics;

/// <summary>
/// One unit on a funnel plot: its value (scaled by the multiplier), its limits at its own denominator, its
/// z-score against the target (before any overdispersion adjustment) and its band.
/// </summary>
/// <remarks>Immutable; equality is by value.</remarks>
public sealed record FunnelPoint(FunnelUnit Unit, double Value, FunnelLimits Limits, double Z, FunnelBand Band);
