using MathNet.Numerics.LinearAlgebra;

namespace CareForAll.Statistics;

/// <summary>
/// Linear regression by weighted least squares, β = (XᵀWX)⁻¹XᵀWy, with standard errors √diag(σ²(XᵀWX)⁻¹) where
/// σ² = Σwᵢrᵢ² / (n − p), and R² = 1 − Σwr² / Σw(y − ȳ)² (ȳ the weighted mean; about zero when the design has no
/// column of ones). Weights are precision (inverse-variance) weights, as in R's <c>lm(weights = )</c>
/// (Draper NR, Smith H. Applied Regression Analysis, 3rd ed. Wiley, 1998, chapter 9).
/// </summary>
public static class LinearRegression
{
    /// <summary>Fits y on the design's columns (add a column of ones for an intercept); weights default to 1.</summary>
    public static LinearFit Fit(Matrix<double> design, IReadOnlyList<double> outcome, IReadOnlyList<double>? weights = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        WeightedLeastSquares.CheckLengths(design, outcome.Count, nameof(outcome));
        var rows = design.RowCount;
        var columns = design.ColumnCount;
        var w = weights is null ? Enumerable.Repeat(1.0, rows).ToArray() : [.. weights];
        if (w.Length != rows || w.Any(x => !(x >= 0) || !double.IsFinite(x)))
        {
            throw new ArgumentException("Weights must be one per row, zero or more.", nameof(weights));
        }

        var x = design.ToRowMajorArray();
        var y = outcome.ToArray();
        var (beta, inverse) = WeightedLeastSquares.Solve(x, rows, columns, w, y);
        var fitted = WeightedLeastSquares.LinearPredictor(x, rows, columns, beta);

        var hasIntercept = Enumerable.Range(0, columns).Any(j => design.Column(j).All(v => v == 1));
        var weightSum = w.Sum();
        var centre = hasIntercept ? w.Zip(y, (a, b) => a * b).Sum() / weightSum : 0;
        var residualSquares = 0.0;
        var totalSquares = 0.0;
        var usedRows = 0;
        for (var r = 0; r < rows; r++)
        {
            residualSquares += w[r] * (y[r] - fitted[r]) * (y[r] - fitted[r]);
            totalSquares += w[r] * (y[r] - centre) * (y[r] - centre);
            usedRows += w[r] > 0 ? 1 : 0;
        }

        var degreesOfFreedom = usedRows - columns;
        var variance = degreesOfFreedom > 0 ? residualSquares / degreesOfFreedom : double.NaN;
        var errors = Enumerable.Range(0, columns).Select(j => Math.Sqrt(variance * inverse[j, j])).ToArray();
        return new LinearFit(beta, errors, 1 - (residualSquares / totalSquares), Math.Sqrt(variance), degreesOfFreedom);
    }
}
