using System.Globalization;
using System.Text.RegularExpressions;
using CareForAll.Measures.Compilation;
using CareForAll.Measures.Definitions;
using CareForAll.Statistics;
using DuckDB.NET.Data;

namespace CareForAll.Measures.Running;

/// <summary>The results of one measure: values for every unit and period, and the models behind expected values.</summary>
public sealed record MeasureRun(MeasureDefinition Measure, IReadOnlyList<MeasureResult> Results, IReadOnlyList<ModelReport> Models)
{
    /// <summary>One run per measure, joining the runs of a measure run a year at a time (in the order first seen).</summary>
    public static IReadOnlyList<MeasureRun> Combine(IEnumerable<MeasureRun> runs) =>
        runs.GroupBy(r => r.Measure.Id, StringComparer.Ordinal)
            .Select(g => g.Skip(1).Any() ? new MeasureRun(g.First().Measure, [.. g.SelectMany(r => r.Results)], [.. g.SelectMany(r => r.Models)]) : g.First())
            .ToList();
}

/// <summary>One measure to run, over every year (null) or one financial year (its first calendar year).</summary>
public sealed record MeasureStep(MeasureDefinition Measure, int? FinancialYear);

/// <summary>
/// Runs measures over a lake: the compiled SQL aggregates in DuckDB, then intervals, models and bands are computed
/// here on the aggregates, never row by row.
/// </summary>
/// <param name="connection">An open connection with the lake's tables as views (<c>Lake.Open</c>).</param>
/// <param name="coveredYears">The financial years (first calendar year) the lake covers in full; results for other
/// years (a spell admitted in March and discharged in April after the data ends) are left out. Null keeps every year.</param>
/// <param name="datasets">Shared intermediate tables the measures may name (default: the built-in ones).</param>
public sealed class MeasureRunner(DuckDBConnection connection, IReadOnlySet<int>? coveredYears = null, IReadOnlyList<Dataset>? datasets = null)
{
    private readonly Dictionary<string, Dictionary<string, string>> ancestors = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<Dataset> datasets = datasets ?? Dataset.ReadBuiltIn();
    private readonly List<string> plannedSql = [];

    /// <summary>The datasets built so far: the columns each holds (null: every column) and the one year it holds, if only one.</summary>
    private readonly Dictionary<string, (HashSet<string>? Columns, int? Year)> built = new(StringComparer.Ordinal);

    /// <summary>
    /// Tells the runner which measures will run, so that each shared dataset is built once, holding only the columns
    /// those measures name (a measure run later that names another column rebuilds it with that column too), and is
    /// dropped once the last of them has run. Returns the steps to run, in order: measures sharing a dataset one after
    /// another, so that only one large dataset is held in memory at a time. A measure over a dataset that is built a
    /// year at a time (<see cref="Dataset.YearByYear"/>) gets one step per covered year when no year is given, so
    /// that only one year of it is held at a time; <see cref="MeasureRun.Combine"/> joins their results again.
    /// </summary>
    public IReadOnlyList<MeasureStep> Prepare(IEnumerable<MeasureDefinition> measures, int? financialYear = null)
    {
        var steps = new List<(MeasureStep Step, string Sql, string Dataset)>();
        foreach (var measure in measures)
        {
            var sql = SqlCompiler.Compile(measure, financialYear);
            var dataset = datasets.FirstOrDefault(d => d.IsUsedBy(sql));
            var years = financialYear is null && coveredYears is { Count: > 1 } && datasets.Any(d => d.YearByYear && d.IsUsedBy(sql) && DatedByPeriod(measure, sql, d))
                ? coveredYears.Order().Select(y => (int?)y)
                : [financialYear];
            steps.AddRange(years.Select(year => (new MeasureStep(measure, year), year == financialYear ? sql : SqlCompiler.Compile(measure, year), dataset?.Name ?? "\uffff")));
        }

        plannedSql.AddRange(steps.Select(s => s.Sql));
        return steps.OrderBy(s => s.Dataset, StringComparer.Ordinal).ThenBy(s => s.Step.FinancialYear).Select(s => s.Step).ToList();
    }

    /// <summary>Runs one step of <see cref="Prepare"/>.</summary>
    public MeasureRun Run(MeasureStep step) => Run(step.Measure, step.FinancialYear);

    /// <summary>Computes <paramref name="measure"/> for every unit (its own and roll-ups) and financial year, or one year.</summary>
    public MeasureRun Run(MeasureDefinition measure, int? financialYear = null)
    {
        var results = new List<MeasureResult>();
        var models = new Dictionary<int, RiskModel>();
        var sql = SqlCompiler.Compile(measure, financialYear);
        BuildDatasetsUsedBy(sql, measure, financialYear);
        var native = AggregateTable.Query(connection, sql);
        if (plannedSql.Remove(sql))
        {
            DropDatasetsNoLongerPlanned();
        }

        if (coveredYears is not null)
        {
            native = native.Where(row => coveredYears.Contains(native.Year(row)));
        }

        foreach (var unit in new[] { measure.Unit }.Concat(measure.Rollup))
        {
            var table = unit == measure.Unit ? native : native.RollUp(Ancestors(UnitKinds.OrganisationKind(unit)));
            var context = new UnitContext(measure, unit, table);
            results.AddRange(measure.Method switch
            {
                MeasureMethod.Proportion => Estimators.Proportion(context),
                MeasureMethod.Rate => Estimators.Rate(context),
                MeasureMethod.DirectlyStandardisedRate => Estimators.DirectlyStandardisedRate(context),
                MeasureMethod.IndirectlyStandardisedRatio => Estimators.StandardisedRatio(context, models),
                MeasureMethod.Mean => Estimators.Mean(context),
                MeasureMethod.CaseMixAdjustedMean => Estimators.AdjustedMean(context, models),
                _ => throw new InvalidOperationException($"Unknown method {measure.Method}."),
            });
        }

        return new MeasureRun(measure, results.Select(Disclosure.Flag).ToList(), models.OrderBy(p => p.Key).Select(p => p.Value.Report).ToList());
    }

    /// <summary>
    /// Builds each dataset the SQL names (and the datasets those name) as a temporary table, once per runner: a dataset
    /// named by a measure keeps the columns the measures name (<see cref="Prepare"/>), one named by another dataset
    /// keeps every column. For one financial year, a dataset with a <see cref="Dataset.PeriodColumn"/> named by the
    /// measure, and by which the measure's rows are dated, holds that year only, and is rebuilt when a later step asks
    /// for another.
    /// </summary>
    private void BuildDatasetsUsedBy(string sql, MeasureDefinition? measure, int? financialYear, bool everyColumn = false)
    {
        foreach (var dataset in datasets.Where(d => d.IsUsedBy(sql) && !ReferenceEquals(d.Sql, sql)))
        {
            var year = everyColumn || measure is null || !DatedByPeriod(measure, sql, dataset) ? null : financialYear;
            // the table built already serves when it holds every year or this one, and (below) the columns needed
            var holdsYear = built.TryGetValue(dataset.Name, out var had) && (had.Year is null || had.Year == year);
            if (holdsYear && had.Columns is null)
            {
                continue;
            }

            BuildDatasetsUsedBy(dataset.Sql, null, null, everyColumn: true);
            var columns = everyColumn ? null : ColumnsNamed(dataset, [sql, .. plannedSql.Where(dataset.IsUsedBy)]);
            if (holdsYear && columns is not null && columns.IsSubsetOf(had.Columns!))
            {
                continue;
            }

            if (holdsYear)
            {
                columns?.UnionWith(had.Columns!);
                year = had.Year;
            }

            // another year's table is dropped before this one is built, so that two are never held at once
            Drop(dataset);
            built[dataset.Name] = (columns, year);
            var select = columns is null ? "*" : string.Join(", ", columns.Select(c => $"\"{c}\""));
            var where = year is { } y
                ? FormattableString.Invariant($"\nWHERE \"{dataset.PeriodColumn}\" BETWEEN DATE '{y}-04-01' AND DATE '{y + 1}-03-31'")
                : "";
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE TEMP TABLE {dataset.Name} AS\nSELECT {select} FROM (\n{dataset.Sql}\n) AS {dataset.Name}{where}";
            command.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Whether the dataset may be built a year at a time for the measure: it has a period column, the measure reads it
    /// only as a row source (not in a subquery of its numerator, say), and every such source is dated by that column
    /// (<c>year_end</c> or <c>py.year_end</c>). A measure dated by another column (the last statin prescription) may
    /// count a row in a year other than its period's, so it needs every year of the dataset.
    /// </summary>
    private static bool DatedByPeriod(MeasureDefinition measure, string sql, Dataset dataset)
    {
        if (dataset.PeriodColumn is not { } column)
        {
            return false;
        }

        var sources = new[] { measure.Population, measure.Denominator }.OfType<RowSource>().Where(s => dataset.IsUsedBy(s.From)).ToList();
        var elsewhere = sources.Aggregate(sql, (text, source) => text.Replace(source.From, "", StringComparison.Ordinal));
        return sources.Count > 0 && !dataset.IsUsedBy(elsewhere)
            && sources.All(s => Regex.IsMatch(s.Date, $@"^\s*(\w+\.)?""?{Regex.Escape(column)}""?\s*$", RegexOptions.CultureInvariant));
    }

    /// <summary>Drops the built datasets that no measure still planned (nor another built dataset) names, freeing their memory.</summary>
    private void DropDatasetsNoLongerPlanned()
    {
        var unused = datasets.Where(d => built.ContainsKey(d.Name)
            && !plannedSql.Any(d.IsUsedBy)
            && !datasets.Any(other => other != d && built.ContainsKey(other.Name) && d.IsUsedBy(other.Sql))).ToList();
        foreach (var dataset in unused)
        {
            Drop(dataset);
        }
    }

    private void Drop(Dataset dataset)
    {
        built.Remove(dataset.Name);
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP TABLE IF EXISTS {dataset.Name}";
        command.ExecuteNonQuery();
    }

    /// <summary>The dataset's columns that appear as a word in any of <paramref name="sqlTexts"/> (at least its first column).</summary>
    private HashSet<string> ColumnsNamed(Dataset dataset, IReadOnlyList<string> sqlTexts)
    {
        var all = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"DESCRIBE SELECT * FROM (\n{dataset.Sql}\n) AS {dataset.Name}";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                all.Add(reader.GetString(0));
            }
        }

        var named = all.Where(c => sqlTexts.Any(t => Regex.IsMatch(t, $@"\b{Regex.Escape(c)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)));
        return new HashSet<string>(named.DefaultIfEmpty(all[0]), StringComparer.Ordinal);
    }

    /// <summary>Each organisation's ancestor of the given kind (read once per kind from the organisation table).</summary>
    private Dictionary<string, string> Ancestors(string kind)
    {
        if (!ancestors.TryGetValue(kind, out var map))
        {
            var table = AggregateTable.Query(connection, SqlCompiler.AncestorsSql);
            map = table.Rows.Where(r => table.Text(r, "kind") == kind)
                .GroupBy(r => table.Text(r, "code"), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => table.Text(g.First(), "ancestor"), StringComparer.Ordinal);
            ancestors[kind] = map;
        }

        return map;
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
