namespace CareForAll.Statistics;

/// <summary>Funnel control limits for one denominator, on the scale of the plotted value.</summary>
/// <remarks>Immutable; equality is by value.</remarks>
public sealed record FunnelLimits(double Lower95, double Upper95, double Lower998, double Upper998)
{
    /// <summary>The band of a value against these limits; a value exactly on a limit is inside it.</summary>
    public FunnelBand BandOf(double value) =>
        value > Upper998 ? FunnelBand.High998
        : value > Upper95 ? FunnelBand.High95
        : value < Lower998 ? FunnelBand.Low998
        : value < Lower95 ? FunnelBand.Low95
        : FunnelBand.AsExpected;
}
