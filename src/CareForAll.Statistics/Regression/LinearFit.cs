namespace CareForAll.Statistics;

/// <summary>
/// A fitted (weighted) linear regression: coefficients in design-column order, their standard errors, R², the
/// residual standard error and its degrees of freedom (rows − parameters).
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed record LinearFit(
    IReadOnlyList<double> Coefficients,
    IReadOnlyList<double> StandardErrors,
    double RSquared,
    double ResidualStandardError,
    int DegreesOfFreedom);
