namespace CareForAll.Statistics;

/// <summary>
/// Options for an XmR chart. <see cref="FixAfter"/> fixes the mean and limits from the first N points of each
/// period (applied to the later points); <see cref="RebaseAt"/> lists zero-based point indices where the limits
/// are recalculated; <see cref="ScreenOutliers"/> drops moving ranges at or above 3.267 × the mean moving range
/// and recomputes the mean moving range.
/// </summary>
/// <remarks>Immutable; equality is by value.</remarks>
public sealed record XmrOptions(
    ImprovementDirection Improvement = ImprovementDirection.Neither,
    double? Target = null,
    int? FixAfter = null,
    bool ScreenOutliers = false,
    IReadOnlyList<int>? RebaseAt = null);
