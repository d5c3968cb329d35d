using System.Globalization;
using CareForAll.Measures.Compilation;
using CareForAll.Measures.Definitions;
using CareForAll.Statistics;
using DuckDB.NET.Data;

namespace CareForAll.Measures.Running;

/// <summary>The results of one measure: values for every unit and period, and the models behind expected values.</summary>
public sealed record MeasureRun(MeasureDefinition Measure, IReadOnlyList<MeasureResult> Results, IReadOnlyList<ModelReport> Models);

/// <summary>
/// Runs measures over a lake: the compiled SQL aggregates in DuckDB, then intervals, models and bands are computed
/// here on the aggregates, never row by row.
/// </summary>
/// <param name="connection">An open connection with the lake's tables as views (<c>Lake.Open</c>).</param>
/// <param name="coveredYears">The financial years (first calendar year) the lake covers in full; results for other
/// years (a spell admitted in March and discharged in April after the data ends) are left out. Null keeps every year.</param>
public sealed class MeasureRunner(DuckDBConnection connection, IReadOnlySet<int>? coveredYears = null)
{
    /// <summary>Computes <paramref name="measure"/> for every unit (its own and roll-ups) and financial year, or one year.</summary>
    public MeasureRun Run(MeasureDefinition measure, int? financialYear = null)
    {
        var results = new List<MeasureResult>();
        var models = new List<ModelReport>();
        foreach (var unit in new[] { measure.Unit }.Concat(measure.Rollup))
        {
            var table = AggregateTable.Query(connection, SqlCompiler.Compile(measure, unit, financialYear));
            if (coveredYears is not null)
            {
                table = table.Where(row => coveredYears.Contains(table.Year(row)));
            }

            var context = new UnitContext(measure, unit, table);
            switch (measure.Method)
            {
                case MeasureMethod.Proportion:
                    results.AddRange(Estimators.Proportion(context));
                    break;
                case MeasureMethod.Rate:
                    results.AddRange(Estimators.Rate(context));
                    break;
                case MeasureMethod.DirectlyStandardisedRate:
                    results.AddRange(Estimators.DirectlyStandardisedRate(context));
                    break;
                case MeasureMethod.IndirectlyStandardisedRatio:
                    results.AddRange(Estimators.StandardisedRatio(context, unit == measure.Unit ? models : null));
                    break;
                case MeasureMethod.Mean:
                    results.AddRange(Estimators.Mean(context));
                    break;
                case MeasureMethod.CaseMixAdjustedMean:
                    results.AddRange(Estimators.AdjustedMean(context, unit == measure.Unit ? models : null));
                    break;
                default:
                    throw new InvalidOperationException($"Unknown method {measure.Method}.");
            }
        }

        return new MeasureRun(measure, results.Select(Disclosure.Flag).ToList(), models);
    }
}

/// <summary>What an estimator needs: the measure, the unit type and the aggregates.</summary>
internal sealed record UnitContext(MeasureDefinition Measure, string Unit, AggregateTable Table)
{
    public static string PeriodLabel(int fy) => string.Create(CultureInfo.InvariantCulture, $"{fy}-{(fy + 1) % 100:00}");

    public MeasureResult Result(string unitCode, int fy, Estimate? estimate, double? england, string band) => new()
    {
        MeasureId = Measure.Id,
        MeasureVersion = Measure.Version,
        Domain = Measure.Domain,
        UnitType = Unit,
        UnitCode = unitCode,
        Period = PeriodLabel(fy),
        Value = Given(estimate?.Value),
        Lower95 = Given(estimate?.Lower95),
        Upper95 = Given(estimate?.Upper95),
        Lower998 = Given(estimate?.Lower998),
        Upper998 = Given(estimate?.Upper998),
        EnglandValue = Given(england),
        Band = band,
        Note = estimate?.Note,
    };

    private static double? Given(double? value) => value is double d && double.IsFinite(d) ? d : null;
}
