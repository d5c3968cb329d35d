using CareForAll.Measures.Definitions;
using CareForAll.Statistics;
using MathNet.Numerics.LinearAlgebra;

namespace CareForAll.Measures.Running;

/// <summary>
/// A national model fitted on covariate patterns (aggregated rows, never row by row): logistic regression (IRLS)
/// for event risk, weighted least squares for case-mix adjusted means. A categorical covariate enters as indicator
/// terms against its most common level; levels too sparse to estimate (fewer than
/// <see cref="MinimumLevelCount"/> events or non-events, or cases for a linear model) are pooled as "(other)".
/// </summary>
internal sealed class RiskModel
{
    /// <summary>The fewest events, and non-events, a level needs to keep a term of its own.</summary>
    public const double MinimumLevelCount = 5;

    private const string Other = "(other)";

    private readonly DesignMatrix design;
    private readonly IReadOnlyList<double> coefficients;
    private readonly bool logistic;

    private RiskModel(DesignMatrix design, IReadOnlyList<double> coefficients, bool logistic, ModelReport report)
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
        var eta = design.LinearPredictor(row, coefficients);
        return logistic ? 1 / (1 + Math.Exp(-eta)) : eta;
    }

    public static RiskModel FitLogistic(UnitContext c, IReadOnlyList<object?[]> rows, int fy)
    {
        var design = DesignMatrix.Build(c.Table, c.Measure.Covariates, rows, "trials", "events");
        var national = design.Patterns(rows, "trials", "events");
        var matrix = Matrix<double>.Build.DenseOfRowArrays(national.X);
        var fit = LogisticRegression.Fit(matrix, national.Totals, national.Weights);
        var predicted = LogisticRegression.PredictedProbabilities(fit, matrix);
        var calibration = LogisticRegression.Calibrate(predicted, national.Totals, national.Weights);
        var report = new ModelReport
        {
            MeasureId = c.Measure.Id,
            Period = UnitContext.PeriodLabel(fy),
            Kind = "logistic",
            Patterns = national.X.Length,
            Cases = national.Weights.Sum(),
            Terms = Terms(design, fit.Coefficients, fit.StandardErrors),
            CStatistic = LogisticRegression.CStatistic(predicted, national.Totals, national.Weights),
            Calibration = calibration.Groups.Select(g => new CalibrationDecile(g.Group, g.Trials, g.Observed, g.Expected)).ToList(),
            HosmerLemeshow = calibration.HosmerLemeshow,
        };
        return new RiskModel(design, fit.Coefficients, logistic: true, report);
    }

    public static RiskModel FitLinear(UnitContext c, IReadOnlyList<object?[]> rows, int fy)
    {
        var design = DesignMatrix.Build(c.Table, c.Measure.Covariates, rows, "n", null);
        var national = design.Patterns(rows, "n", "sum_y");
        var sumSquares = design.Patterns(rows, "n", "sum_y2").Totals;
        var means = national.Totals.Select((sum, i) => sum / national.Weights[i]).ToArray();
        var matrix = Matrix<double>.Build.DenseOfRowArrays(national.X);
        var fit = LinearRegression.Fit(matrix, means, national.Weights);

        // The fit on pattern means gives the row-level coefficients; the row-level residual variance also needs the
        // spread within each pattern: RSS = Σ (Σy² − 2ŷΣy + nŷ²), on N − p degrees of freedom.
        var fitted = matrix * Vector<double>.Build.DenseOfEnumerable(fit.Coefficients);
        var residual = Enumerable.Range(0, means.Length)
            .Sum(i => sumSquares[i] - (2 * fitted[i] * national.Totals[i]) + (national.Weights[i] * fitted[i] * fitted[i]));
        var cases = national.Weights.Sum();
        var variance = cases > matrix.ColumnCount ? residual / (cases - matrix.ColumnCount) : double.NaN;
        var information = matrix.TransposeThisAndMultiply(Matrix<double>.Build.DiagonalOfDiagonalArray(national.Weights) * matrix).Inverse();
        var errors = Enumerable.Range(0, matrix.ColumnCount).Select(j => Math.Sqrt(variance * information[j, j])).ToList();
        var report = new ModelReport
        {
            MeasureId = c.Measure.Id,
            Period = UnitContext.PeriodLabel(fy),
            Kind = "linear",
            Patterns = national.X.Length,
            Cases = cases,
            Terms = Terms(design, fit.Coefficients, errors),
            RSquared = 1 - (residual / (sumSquares.Sum() - (national.Totals.Sum() * national.Totals.Sum() / cases))),
        };
        return new RiskModel(design, fit.Coefficients, logistic: false, report);
    }

    private static List<ModelTerm> Terms(DesignMatrix design, IReadOnlyList<double> estimates, IReadOnlyList<double> errors) =>
        design.Names.Select((name, j) => new ModelTerm(name, estimates[j], errors[j])).ToList();

    /// <summary>How covariate values become a numeric row: an intercept, indicator terms and numeric terms.</summary>
    private sealed class DesignMatrix
    {
        private readonly AggregateTable table;
        private readonly IReadOnlyList<Covariate> covariates;
        private readonly List<Dictionary<string, string>> levelMaps = [];
        private readonly List<Dictionary<string, int>> levelColumns = [];
        private readonly int[] cells;

        private DesignMatrix(AggregateTable table, IReadOnlyList<Covariate> covariates)
        {
            this.table = table;
            this.covariates = covariates;
            cells = covariates.Select(c => table.Column("c_" + c.Name)).ToArray();
        }

        public List<string> Names { get; } = ["(intercept)"];

        public static DesignMatrix Build(AggregateTable table, IReadOnlyList<Covariate> covariates, IReadOnlyList<object?[]> rows, string weight, string? events)
        {
            var design = new DesignMatrix(table, covariates);
            var (weightCell, eventsCell) = (table.Column(weight), events is null ? -1 : table.Column(events));

            // Each categorical covariate's levels with their weights and events, in one pass (a Dictionary nothing is
            // removed from lists them in the order first seen, as GroupBy did).
            var totals = covariates.Select(_ => new Dictionary<string, (double Weight, double Events)>(StringComparer.Ordinal)).ToArray();
            foreach (var row in rows)
            {
                for (var k = 0; k < covariates.Count; k++)
                {
                    if (!covariates[k].Numeric)
                    {
                        var level = table.Text(row, design.cells[k]);
                        var (sumWeight, sumEvents) = totals[k].GetValueOrDefault(level);
                        totals[k][level] = (sumWeight + table.Number(row, weightCell), events is null ? double.NaN : sumEvents + table.Number(row, eventsCell));
                    }
                }
            }

            for (var k = 0; k < covariates.Count; k++)
            {
                var covariate = covariates[k];
                var map = new Dictionary<string, string>(StringComparer.Ordinal);
                var columns = new Dictionary<string, int>(StringComparer.Ordinal);
                if (covariate.Numeric)
                {
                    design.Names.Add(covariate.Name);
                }
                else
                {
                    var levels = totals[k].Select(p => (Level: p.Key, p.Value.Weight, p.Value.Events)).ToList();
                    foreach (var level in levels)
                    {
                        var sparse = events is null
                            ? level.Weight < MinimumLevelCount
                            : level.Events < MinimumLevelCount || level.Weight - level.Events < MinimumLevelCount;
                        map[level.Level] = sparse ? Other : level.Level;
                    }

                    var pooled = levels.GroupBy(l => map[l.Level], StringComparer.Ordinal)
                        .Select(g => (Level: g.Key, Weight: g.Sum(l => l.Weight)))
                        .OrderByDescending(l => l.Weight).ThenBy(l => l.Level, StringComparer.Ordinal).ToList();
                    foreach (var (level, _) in pooled.Skip(1).OrderBy(l => l.Level, StringComparer.Ordinal))
                    {
                        columns[level] = design.Names.Count;
                        design.Names.Add($"{covariate.Name}={level}");
                    }
                }

                design.levelMaps.Add(map);
                design.levelColumns.Add(columns);
            }

            return design;
        }

        public double[] Row(object?[] row)
        {
            var x = new double[Names.Count];
            x[0] = 1;
            Span<(int Column, double Value)> terms = stackalloc (int, double)[covariates.Count];
            foreach (var (column, value) in terms[..Terms(row, terms)])
            {
                x[column] = value;
            }

            return x;
        }

        /// <summary>
        /// Σ xⱼβⱼ for a pattern row without building its design row: the intercept, then its <see cref="Terms"/> in column
        /// order, as the full product would add them.
        /// </summary>
        public double LinearPredictor(object?[] row, IReadOnlyList<double> beta)
        {
            var eta = beta[0];
            Span<(int Column, double Value)> terms = stackalloc (int, double)[covariates.Count];
            foreach (var (column, value) in terms[..Terms(row, terms)])
            {
                eta += value * beta[column];
            }

            return eta;
        }

        /// <summary>
        /// The terms of a pattern row's design row after the intercept, in column order: each numeric covariate's value,
        /// and the indicator (1) of each categorical covariate not at its reference level. Returns how many it wrote.
        /// </summary>
        private int Terms(object?[] row, Span<(int Column, double Value)> terms)
        {
            var (count, next) = (0, 1);
            for (var k = 0; k < covariates.Count; k++)
            {
                if (covariates[k].Numeric)
                {
                    terms[count++] = (next++, table.Number(row, cells[k]));
                    continue;
                }

                if (levelColumns[k].TryGetValue(levelMaps[k].GetValueOrDefault(table.Text(row, cells[k]), Other), out var column))
                {
                    terms[count++] = (column, 1);
                }

                next += levelColumns[k].Count;
            }

            return count;
        }

        /// <summary>
        /// The design row of a pattern row as text, naming only its non-zero terms (most are zero indicators), without
        /// building the row: two pattern rows share a key exactly when they share a design row.
        /// </summary>
        private string Key(object?[] row, System.Text.StringBuilder key)
        {
            key.Clear();
            Span<(int Column, double Value)> terms = stackalloc (int, double)[covariates.Count];
            foreach (var (column, value) in terms[..Terms(row, terms)])
            {
                // an indicator (1) as its column alone, which spares formatting a number for most terms
                if (value == 1)
                {
                    key.Append(column).Append(',');
                }
                else if (value != 0)
                {
                    key.Append(column).Append(':').Append(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append(',');
                }
            }

            return key.ToString();
        }

        /// <summary>National patterns: the units' rows summed by design row.</summary>
        public (double[][] X, double[] Totals, double[] Weights) Patterns(IReadOnlyList<object?[]> rows, string weight, string total)
        {
            var (weightCell, totalCell) = (table.Column(weight), table.Column(total));
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var (x, totals, weights) = (new List<double[]>(), new List<double>(), new List<double>());
            var key = new System.Text.StringBuilder();
            foreach (var row in rows)
            {
                var text = Key(row, key);
                if (!index.TryGetValue(text, out var pattern))
                {
                    pattern = x.Count;
                    index[text] = pattern;
                    x.Add(Row(row));
                    totals.Add(0);
                    weights.Add(0);
                }

                totals[pattern] += table.Number(row, totalCell);
                weights[pattern] += table.Number(row, weightCell);
            }

            return ([.. x], [.. totals], [.. weights]);
        }
    }
}
