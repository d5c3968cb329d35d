using MathNet.Numerics.LinearAlgebra;

namespace CareForAll.Statistics;

/// <summary>
/// Logistic regression fitted by iteratively reweighted least squares on aggregated covariate patterns: each row is
/// a pattern with its successes out of its trials, so the fit equals the fit on one row per person (McCullagh P,
/// Nelder JA. Generalized Linear Models, 2nd ed. Chapman and Hall, 1989, §4.4; Hosmer DW, Lemeshow S, Sturdivant RX.
/// Applied Logistic Regression, 3rd ed. Wiley, 2013). Starts from μ = (y + ½)/(n + 1) and stops when the deviance
/// changes by less than 10⁻⁸ relatively (as R's <c>glm</c>). Standard errors are √diag((XᵀWX)⁻¹) at the fitted coefficients.
/// Separation (fitted probabilities of 0 or 1 with coefficients growing without bound) and non-convergence throw
/// <see cref="ModelFitException"/>.
/// </summary>
public static partial class LogisticRegression
{
    /// <summary>The largest |Xβ| accepted at the fit; beyond it a fitted probability is 0 or 1 to within 10⁻¹³.</summary>
    public const double SeparationLinearPredictor = 30;

    /// <summary>Fits the model. Add a column of ones to the design for an intercept.</summary>
    public static LogisticFit Fit(Matrix<double> design, IReadOnlyList<double> successes, IReadOnlyList<double> trials, int maxIterations = 25, double tolerance = 1e-8)
    {
        ArgumentNullException.ThrowIfNull(successes);
        ArgumentNullException.ThrowIfNull(trials);
        WeightedLeastSquares.CheckLengths(design, successes.Count, nameof(successes));
        WeightedLeastSquares.CheckLengths(design, trials.Count, nameof(trials));
        var rows = design.RowCount;
        var columns = design.ColumnCount;
        var y = successes.ToArray();
        var n = trials.ToArray();
        for (var r = 0; r < rows; r++)
        {
            if (!(n[r] >= 0) || !(y[r] >= 0) || y[r] > n[r] || !double.IsFinite(n[r]))
            {
                throw new ArgumentException($"Pattern {r + 1}: successes {y[r]} and trials {n[r]} must satisfy 0 ≤ successes ≤ trials.", nameof(successes));
            }
        }

        var x = design.ToRowMajorArray();
        var eta = new double[rows];
        for (var r = 0; r < rows; r++)
        {
            var start = (y[r] + 0.5) / (n[r] + 1);
            eta[r] = Math.Log(start / (1 - start));
        }

        var weights = new double[rows];
        var working = new double[rows];
        var deviance = double.PositiveInfinity;
        double[] beta = [];
        Matrix<double> inverse;
        var converged = false;
        var iteration = 0;
        while (iteration < maxIterations && !converged)
        {
            iteration++;
            for (var r = 0; r < rows; r++)
            {
                var mu = Expit(eta[r]);
                var variance = Math.Max(mu * (1 - mu), 1e-300);
                weights[r] = n[r] * variance;
                working[r] = eta[r] + ((n[r] > 0 ? (y[r] / n[r]) - mu : 0) / variance);
            }

            (beta, _) = WeightedLeastSquares.Solve(x, rows, columns, weights, working);
            eta = WeightedLeastSquares.LinearPredictor(x, rows, columns, beta);
            var previous = deviance;
            deviance = Deviance(y, n, eta);
            converged = Math.Abs(deviance - previous) / (Math.Abs(deviance) + 0.1) < tolerance;
        }

        var largest = eta.Select(Math.Abs).Max();
        if (largest > SeparationLinearPredictor)
        {
            var worst = Array.FindIndex(eta, e => Math.Abs(e) == largest) + 1;
            throw new ModelFitException(
                $"Separation: fitted probabilities of 0 or 1 (pattern {worst} has log odds {eta[worst - 1]:G4}); some covariate predicts the outcome perfectly, so its coefficient grows without bound. Merge or drop the sparse categories.");
        }

        if (!converged)
        {
            throw new ModelFitException($"The fit did not converge in {maxIterations} iterations (deviance {deviance:G6}).");
        }

        // Information at the final coefficients, so the standard errors do not depend on the path taken.
        for (var r = 0; r < rows; r++)
        {
            var mu = Expit(eta[r]);
            weights[r] = n[r] * mu * (1 - mu);
        }

        (_, inverse) = WeightedLeastSquares.Solve(x, rows, columns, weights, working);
        var errors = Enumerable.Range(0, columns).Select(j => Math.Sqrt(inverse[j, j])).ToArray();
        var pooled = y.Sum() / n.Sum();
        var nullDeviance = Deviance(y, n, n.Select(_ => Math.Log(pooled / (1 - pooled))).ToArray());
        return new LogisticFit(beta, errors, deviance, nullDeviance, iteration, converged);
    }

    /// <summary>Predicted probabilities for every row of a design.</summary>
    public static double[] PredictedProbabilities(LogisticFit fit, Matrix<double> design)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(design);
        if (design.ColumnCount != fit.Coefficients.Count)
        {
            throw new ArgumentException($"The design has {design.ColumnCount} columns; the fit has {fit.Coefficients.Count} coefficients.", nameof(design));
        }

        return WeightedLeastSquares.LinearPredictor(design.ToRowMajorArray(), design.RowCount, design.ColumnCount, fit.Coefficients)
            .Select(Expit).ToArray();
    }

    private static double Expit(double eta) => 1 / (1 + Math.Exp(-eta));

    /// <summary>The binomial deviance 2 Σ [y ln(y/nμ) + (n − y) ln((n − y)/(n(1 − μ)))], with 0 ln 0 = 0.</summary>
    private static double Deviance(double[] y, double[] n, double[] eta)
    {
        var sum = 0.0;
        for (var r = 0; r < y.Length; r++)
        {
            var mu = Expit(eta[r]);
            var failures = n[r] - y[r];
            if (y[r] > 0)
            {
                sum += y[r] * Math.Log(y[r] / (n[r] * mu));
            }

            if (failures > 0)
            {
                sum += failures * Math.Log(failures / (n[r] * (1 - mu)));
            }
        }

        return 2 * sum;
    }
}
