namespace CareForAll.Statistics;

/// <summary>
/// Calibration by groups of predicted risk and the Hosmer–Lemeshow statistic H = Σ (O − E)² / (E (1 − E/n)),
/// compared with χ² on (groups − 2) degrees of freedom (Hosmer DW, Lemeshow S. Goodness of fit tests for the
/// multiple logistic regression model. Commun Stat Theory Methods 1980;9:1043–1069).
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed record Calibration(IReadOnlyList<CalibrationGroup> Groups, double HosmerLemeshow, int DegreesOfFreedom, double PValue);
