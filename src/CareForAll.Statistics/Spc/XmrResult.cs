namespace CareForAll.Statistics;

/// <summary>An XmR chart: one point per input value, in order, and the assurance verdict against the target.</summary>
/// <remarks>Immutable.</remarks>
public sealed record XmrResult(IReadOnlyList<XmrPoint> Points, TargetAssurance Assurance);
