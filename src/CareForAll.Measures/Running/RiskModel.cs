using CareForAll.Measures.Definitions;

namespace CareForAll.Measures.Running;

/// <summary>
/// A national model fitted on covariate patterns (aggregated rows): logistic for event risk, weighted linear for
/// case-mix adjusted means. Categorical covariates enter as indicator terms against their most common level.
/// </summary>
internal sealed class RiskModel
{
    private readonly DesignMatrix design;
    private readonly double[] coefficients;
    private readonly bool logistic;

    private RiskModel(DesignMatrix design, double[] coefficients, bool logistic, ModelReport report)
    {
        this.design = design;
        this.coefficients = coefficients;
        this.logistic = logistic;
        Report = report;
    }

    public ModelReport Report { get; }

    /// <summary>The predicted probability (logistic) or value (linear) for a pattern row of the aggregate table.</summary>
    public double Predict(object?[] row)
    {
        var x = design.Row(row);
        var eta = 0.0;
        for (var j = 0; j < x.Length; j++)
        {
            eta += x[j] * coefficients[j];
        }

        return logistic ? 1 / (1 + Math.Exp(-eta)) : eta;
    }

    public static RiskModel FitLogistic(UnitContext c, IReadOnlyList<object?[]> rows, int fy)
    {
        var design = DesignMatrix.Build(c.Table, c.Measure.Covariates, rows, "trials");
        var national = design.Patterns(rows, "trials", "events");
        var fit = CareForAll.Statistics.LogisticRegression.Fit(national.X, national.Successes, national.Weights);
        var model = new RiskModel(design, fit.Coefficients.ToArray(), logistic: true, null!);
        var predicted = national.X.Select(x => fit.Predict(x)).ToArray();
        var report = new ModelReport
        {
            MeasureId = c.Measure.Id,
            Period = UnitContext.PeriodLabel(fy),
            Kind = "logistic",
            Patterns = national.X.Length,
            Cases = national.Weights.Sum(),
            Terms = design.Names.Select((name, j) => new ModelTerm(name, fit.Coefficients[j], fit.StandardErrors[j])).ToList(),
            CStatistic = CareForAll.Statistics.LogisticRegression.CStatistic(predicted, national.Successes, national.Weights),
            Calibration = CareForAll.Statistics.LogisticRegression.CalibrationByDecile(predicted, national.Successes, national.Weights)
                .Select(d => new CalibrationDecile(d.Decile, d.Cases, d.Observed, d.Expected)).ToList(),
        };
        return new RiskModel(design, model.coefficients, logistic: true, report);
    }

    public static RiskModel FitLinear(UnitContext c, IReadOnlyList<object?[]> rows, int fy)
    {
        var design = DesignMatrix.Build(c.Table, c.Measure.Covariates, rows, "n");
        var national = design.Patterns(rows, "n", "sum_y");
        var means = national.Successes.Select((sum, i) => sum / national.Weights[i]).ToArray();
        var fit = CareForAll.Statistics.LinearRegression.Fit(national.X, means, national.Weights);
        var report = new ModelReport
        {
            MeasureId = c.Measure.Id,
            Period = UnitContext.PeriodLabel(fy),
            Kind = "linear",
            Patterns = national.X.Length,
            Cases = national.Weights.Sum(),
            Terms = design.Names.Select((name, j) => new ModelTerm(name, fit.Coefficients[j], fit.StandardErrors[j])).ToList(),
            RSquared = fit.RSquared,
        };
        return new RiskModel(design, fit.Coefficients.ToArray(), logistic: false, report);
    }

    /// <summary>How covariate values become a numeric row: an intercept, indicator terms and numeric terms.</summary>
    private sealed class DesignMatrix
    {
        private readonly AggregateTable table;
        private readonly IReadOnlyList<Covariate> covariates;
        private readonly List<Dictionary<string, int>> levelColumns = [];

        private DesignMatrix(AggregateTable table, IReadOnlyList<Covariate> covariates)
        {
            this.table = table;
            this.covariates = covariates;
        }

        public List<string> Names { get; } = ["(intercept)"];

        public static DesignMatrix Build(AggregateTable table, IReadOnlyList<Covariate> covariates, IReadOnlyList<object?[]> rows, string weight)
        {
            var design = new DesignMatrix(table, covariates);
            foreach (var covariate in covariates)
            {
                var columns = new Dictionary<string, int>(StringComparer.Ordinal);
                if (covariate.Numeric)
                {
                    design.Names.Add(covariate.Name);
                }
                else
                {
                    var levels = rows.GroupBy(r => table.Text(r, "c_" + covariate.Name))
                        .Select(g => (Level: g.Key, Weight: g.Sum(r => table.Number(r, weight))))
                        .OrderByDescending(l => l.Weight).ThenBy(l => l.Level, StringComparer.Ordinal).ToList();
                    foreach (var (level, _) in levels.Skip(1).OrderBy(l => l.Level, StringComparer.Ordinal))
                    {
                        columns[level] = design.Names.Count;
                        design.Names.Add($"{covariate.Name}={level}");
                    }
                }

                design.levelColumns.Add(columns);
            }

            return design;
        }

        public double[] Row(object?[] row)
        {
            var x = new double[Names.Count];
            x[0] = 1;
            var next = 1;
            for (var k = 0; k < covariates.Count; k++)
            {
                if (covariates[k].Numeric)
                {
                    x[next++] = table.Number(row, "c_" + covariates[k].Name);
                }
                else
                {
                    if (levelColumns[k].TryGetValue(table.Text(row, "c_" + covariates[k].Name), out var column))
                    {
                        x[column] = 1;
                    }

                    next += levelColumns[k].Count;
                }
            }

            return x;
        }

        /// <summary>National patterns: the units' rows summed by covariate values.</summary>
        public (double[][] X, double[] Successes, double[] Weights) Patterns(IReadOnlyList<object?[]> rows, string weight, string total)
        {
            var names = covariates.Select(c => "c_" + c.Name).ToList();
            var groups = rows.GroupBy(r => string.Join('\u001f', names.Select(n => table.Text(r, n))), StringComparer.Ordinal).ToList();
            return (
                groups.Select(g => Row(g.First())).ToArray(),
                groups.Select(g => g.Sum(r => table.Number(r, total))).ToArray(),
                groups.Select(g => g.Sum(r => table.Number(r, weight))).ToArray());
        }
    }
}
