using System.Diagnostics;
using MathNet.Numerics.LinearAlgebra;

namespace CareForAll.Statistics.Tests;

public class LogisticRegressionTests
{
    // Beetle mortality after 5 hours' exposure to carbon disulphide (Bliss CI. Ann Appl Biol 1935;22:134–167), as
    // tabulated in Dobson AJ, Barnett AG. An Introduction to Generalized Linear Models, 3rd ed. 2008, Table 7.2.
    private static readonly double[] Dose = [1.6907, 1.7242, 1.7552, 1.7842, 1.8113, 1.8369, 1.8610, 1.8839];
    private static readonly double[] Beetles = [59, 60, 62, 56, 63, 59, 62, 60];
    private static readonly double[] Killed = [6, 13, 18, 28, 52, 53, 61, 60];

    private static Matrix<double> WithIntercept(IReadOnlyList<double> x) =>
        Matrix<double>.Build.Dense(x.Count, 2, (r, c) => c == 0 ? 1 : x[r]);

    // Dobson & Barnett Table 7.3 (logistic model): b1 = −60.72 (SE 5.18), b2 = 34.27 (SE 2.91), deviance D = 11.23.
    [Fact]
    public void BeetleMortalityMatchesThePublishedFit()
    {
        var fit = LogisticRegression.Fit(WithIntercept(Dose), Killed, Beetles);

        Assert.True(fit.Converged);
        Assert.Equal(-60.72, fit.Coefficients[0], 1);
        Assert.Equal(34.27, fit.Coefficients[1], 1);
        Assert.Equal(5.18, fit.StandardErrors[0], 2);
        Assert.Equal(2.91, fit.StandardErrors[1], 2);
        Assert.Equal(11.23, fit.Deviance, 2);
    }

    [Fact]
    public void TheAggregatedPatternFitEqualsTheOneRowPerBeetleFit()
    {
        var doses = new List<double>();
        var outcomes = new List<double>();
        for (var g = 0; g < Dose.Length; g++)
        {
            for (var i = 0; i < Beetles[g]; i++)
            {
                doses.Add(Dose[g]);
                outcomes.Add(i < Killed[g] ? 1 : 0);
            }
        }

        var grouped = LogisticRegression.Fit(WithIntercept(Dose), Killed, Beetles);
        var rows = LogisticRegression.Fit(WithIntercept(doses), outcomes, [.. outcomes.Select(_ => 1.0)]);

        Assert.Equal(481, doses.Count);
        Assert.Equal(grouped.Coefficients[0], rows.Coefficients[0], 6);
        Assert.Equal(grouped.Coefficients[1], rows.Coefficients[1], 6);
        Assert.Equal(grouped.StandardErrors[1], rows.StandardErrors[1], 6);
    }

    [Fact]
    public void SeparationIsReportedClearly()
    {
        var error = Assert.Throws<ModelFitException>(() =>
            LogisticRegression.Fit(WithIntercept([1, 2, 3, 4, 5, 6]), [0, 0, 0, 1, 1, 1], [1, 1, 1, 1, 1, 1]));

        Assert.Contains("Separation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CollinearColumnsAreReportedClearly()
    {
        var design = Matrix<double>.Build.Dense(4, 3, (r, c) => c == 0 ? 1 : r);

        var error = Assert.Throws<ModelFitException>(() => LogisticRegression.Fit(design, [1, 2, 3, 4], [10, 10, 10, 10]));

        Assert.Contains("singular", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CStatisticCountsTiesAsHalf()
    {
        // Events at risks 0.5 and 0.9, non-events at 0.1 and 0.5: pairs score 1, ½, 1, 1 → 3.5/4.
        Assert.Equal(0.875, LogisticRegression.CStatistic([0.1, 0.5, 0.5, 0.9], [0, 1, 0, 1], [1, 1, 1, 1]), 12);
    }

    [Fact]
    public void CStatisticOnPatternsEqualsThePairwiseCountOnRows()
    {
        var fit = LogisticRegression.Fit(WithIntercept(Dose), Killed, Beetles);
        var risk = LogisticRegression.PredictedProbabilities(fit, WithIntercept(Dose));

        double concordant = 0;
        for (var i = 0; i < Dose.Length; i++)
        {
            for (var j = 0; j < Dose.Length; j++)
            {
                var pairs = Killed[i] * (Beetles[j] - Killed[j]);
                concordant += risk[i] > risk[j] ? pairs : risk[i] == risk[j] ? pairs / 2 : 0;
            }
        }

        var expected = concordant / (Killed.Sum() * (Beetles.Sum() - Killed.Sum()));
        Assert.Equal(expected, LogisticRegression.CStatistic(risk, Killed, Beetles), 12);
    }

    [Fact]
    public void CalibrationGroupsCompareObservedWithExpected()
    {
        // Four patterns of 10 in 4 groups: H = Σ (O − E)² / (E (1 − E/n)).
        var calibration = LogisticRegression.Calibrate([0.1, 0.3, 0.5, 0.7], [2, 3, 5, 6], [10, 10, 10, 10], groups: 4);

        var expected = (1 / (1 * 0.9)) + (0 / (3 * 0.7)) + 0 + (1 / (7 * 0.3));
        Assert.Equal(4, calibration.Groups.Count);
        Assert.Equal(expected, calibration.HosmerLemeshow, 10);
        Assert.Equal(2, calibration.DegreesOfFreedom);
        Assert.Equal(Math.Exp(-expected / 2), calibration.PValue, 10);
    }

    [Fact]
    public void FitsSeventyFiveParametersOnOneHundredThousandPatternsQuickly()
    {
        const int patterns = 100_000;
        const int parameters = 75;
        var random = new Random(20080630);
        var design = Matrix<double>.Build.Dense(patterns, parameters, (r, c) => c == 0 ? 1 : (r + c) % 5 == 0 || random.NextDouble() < 0.1 ? 1 : 0);
        var truth = Enumerable.Range(0, parameters).Select(c => c == 0 ? -2.0 : ((c % 7) - 3) / 10.0).ToArray();
        var trials = new double[patterns];
        var successes = new double[patterns];
        for (var r = 0; r < patterns; r++)
        {
            var eta = Enumerable.Range(0, parameters).Sum(c => design[r, c] * truth[c]);
            trials[r] = 1 + random.Next(20);
            var p = 1 / (1 + Math.Exp(-eta));
            for (var t = 0; t < trials[r]; t++)
            {
                successes[r] += random.NextDouble() < p ? 1 : 0;
            }
        }

        var clock = Stopwatch.StartNew();
        var fit = LogisticRegression.Fit(design, successes, trials);
        clock.Stop();

        Assert.True(fit.Converged);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.Equal(truth[0], fit.Coefficients[0], 0.1);
        Assert.Equal(truth[5], fit.Coefficients[5], 0.1);
    }
}
