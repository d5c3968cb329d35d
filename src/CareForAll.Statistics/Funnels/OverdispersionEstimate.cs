namespace CareForAll.Statistics;

/// <summary>
/// The overdispersion estimates for a set of units: each unit's z-score (in input order), the factor φ, the
/// between-unit variance τ² (0 when not used or when φ ≤ 1) and whether limits are to be widened (φ &gt; 1 and a
/// method other than none).
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed record OverdispersionEstimate(IReadOnlyList<double> ZScores, double Phi, double Tau2, bool Adjusted);
