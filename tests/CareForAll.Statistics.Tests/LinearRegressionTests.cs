using MathNet.Numerics.LinearAlgebra;

namespace CareForAll.Statistics.Tests;

public class LinearRegressionTests
{
    // Anscombe FJ. Graphs in statistical analysis. Am Stat 1973;27:17–21, data set I: the fitted line is
    // y = 3.0001 + 0.5001x, with standard errors 1.1247 and 0.1179, R² = 0.6665 and residual SE 1.237 on 9 df.
    private static readonly double[] X = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
    private static readonly double[] Y = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];

    private static Matrix<double> WithIntercept(IReadOnlyList<double> x) =>
        Matrix<double>.Build.Dense(x.Count, 2, (r, c) => c == 0 ? 1 : x[r]);

    [Fact]
    public void AnscombeQuartetIMatchesThePublishedFit()
    {
        var fit = LinearRegression.Fit(WithIntercept(X), Y);

        Assert.Equal(3.0001, fit.Coefficients[0], 4);
        Assert.Equal(0.5001, fit.Coefficients[1], 4);
        Assert.Equal(1.1247, fit.StandardErrors[0], 4);
        Assert.Equal(0.1179, fit.StandardErrors[1], 4);
        Assert.Equal(0.6665, fit.RSquared, 4);
        Assert.Equal(1.237, fit.ResidualStandardError, 3);
        Assert.Equal(9, fit.DegreesOfFreedom);
    }

    [Fact]
    public void WeightsActLikeRepeatedRowsForTheCoefficients()
    {
        var weights = X.Select((_, i) => i % 2 == 0 ? 2.0 : 1.0).ToArray();
        var repeatedX = X.SelectMany((x, i) => Enumerable.Repeat(x, (int)weights[i])).ToArray();
        var repeatedY = Y.SelectMany((y, i) => Enumerable.Repeat(y, (int)weights[i])).ToArray();

        var weighted = LinearRegression.Fit(WithIntercept(X), Y, weights);
        var repeated = LinearRegression.Fit(WithIntercept(repeatedX), repeatedY);

        Assert.Equal(repeated.Coefficients[0], weighted.Coefficients[0], 10);
        Assert.Equal(repeated.Coefficients[1], weighted.Coefficients[1], 10);
        Assert.Equal(repeated.RSquared, weighted.RSquared, 10);
    }
}
