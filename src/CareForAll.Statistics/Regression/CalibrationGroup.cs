namespace CareForAll.Statistics;

/// <summary>One group of predicted risk (a decile for Hosmer–Lemeshow): its trials, observed and expected events.</summary>
/// <remarks>Immutable; equality is by value.</remarks>
public sealed record CalibrationGroup(int Group, double Trials, double Observed, double Expected, double MeanPredicted);
