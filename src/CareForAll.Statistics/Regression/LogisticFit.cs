namespace CareForAll.Statistics;

/// <summary>
/// A fitted logistic regression: coefficients (log odds, in design-column order), standard errors from the
/// inverse information matrix, the residual and null deviances, the IRLS iterations used and whether it converged.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed record LogisticFit(
    IReadOnlyList<double> Coefficients,
    IReadOnlyList<double> StandardErrors,
    double Deviance,
    double NullDeviance,
    int Iterations,
    bool Converged)
{
    /// <summary>The predicted probability for one covariate pattern (the same columns as the design).</summary>
    public double Predict(IReadOnlyList<double> covariates)
    {
        ArgumentNullException.ThrowIfNull(covariates);
        if (covariates.Count != Coefficients.Count)
        {
            throw new ArgumentException($"Expected {Coefficients.Count} covariates, got {covariates.Count}.", nameof(covariates));
        }

        var eta = 0.0;
        for (var j = 0; j < covariates.Count; j++)
        {
            eta += covariates[j] * Coefficients[j];
        }

        return 1 / (1 + Math.Exp(-eta));
    }
}
