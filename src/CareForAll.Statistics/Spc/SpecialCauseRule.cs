namespace CareForAll.Statistics;

/// <summary>
/// The "Making Data Count" special-cause rules, in the order used to pick one when several fire at a point.
/// </summary>
public enum SpecialCauseRule
{
    /// <summary>No rule fired: common-cause variation.</summary>
    None,

    /// <summary>A single point above the upper or below the lower process limit.</summary>
    BeyondLimits,

    /// <summary>Seven or more points in a row all increasing or all decreasing (a tie breaks the trend).</summary>
    Trend,

    /// <summary>Two out of three consecutive points beyond two sigma on the same side of the mean.</summary>
    TwoOfThree,

    /// <summary>Seven or more points in a row on one side of the mean (a point on the mean breaks the run).</summary>
    Run,
}
