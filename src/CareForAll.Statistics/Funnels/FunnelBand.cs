namespace CareForAll.Statistics;

/// <summary>Where a unit lies against its funnel limits. A value exactly on a limit is inside it.</summary>
public enum FunnelBand
{
    /// <summary>Above the upper 99.8% limit.</summary>
    High998,

    /// <summary>Above the upper 95% limit, within the 99.8% limit.</summary>
    High95,

    /// <summary>Within the 95% limits.</summary>
    AsExpected,

    /// <summary>Below the lower 95% limit, within the 99.8% limit.</summary>
    Low95,

    /// <summary>Below the lower 99.8% limit.</summary>
    Low998,
}
