using System.CommandLine;
using CareForAll.Core;
using CareForAll.Data;
using CareForAll.Measures.Compilation;
using CareForAll.Measures.Definitions;
using CareForAll.Measures.Running;
using DuckDB.NET.Data;
using Spectre.Console;

namespace CareForAll.Cli;

public static partial class Commands
{
    private static readonly Option<string> LakeOption = new("--lake")
    {
        Description = "The lake folder (as written by 'careforall generate' or 'careforall ingest').",
        Required = true,
    };

    /// <summary><c>measure</c>: compute measures over a lake and write the secured and published results.</summary>
    private static Command Measure()
    {
        var outOption = new Option<string>("--out") { Description = "Folder for the results (secured/, published/, models/).", Required = true };
        var measureOption = new Option<string[]>("--measure")
        {
            Description = "Only these measure ids (repeatable); default every approved measure.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("measure", "Compute indicators over a lake: values, 95% and 99.8% limits, England values and bands.")
        {
            LakeOption, outOption, measureOption, PeriodOption, MeasuresFolderOption,
        };
        command.SetAction(parse =>
        {
            var lake = parse.GetValue(LakeOption)!;
            var output = parse.InvocationConfiguration.Output;
            var runs = ComputeMeasures(
                lake,
                parse.GetValue(outOption)!,
                LoadMeasures(parse.GetValue(MeasuresFolderOption)),
                parse.GetValue(measureOption) ?? [],
                FinancialYear(parse.GetValue(PeriodOption)),
                output);
            output.WriteLine($"{runs.Sum(r => r.Results.Count):N0} results for {runs.Count} measures written to {parse.GetValue(outOption)}");
            return Ok;
        });
        return command;
    }

    /// <summary>The financial years a lake covers, from its manifest.json (<c>"years": ["2008-09", …]</c>); null when it has none.</summary>
    private static HashSet<int>? CoveredYears(string lake)
    {
        var manifest = Path.Combine(lake, "manifest.json");
        if (!File.Exists(manifest))
        {
            return null;
        }

        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(manifest));
        return document.RootElement.TryGetProperty("years", out var years)
            ? years.EnumerateArray().Select(y => FinancialYear(y.GetString())!.Value).ToHashSet()
            : null;
    }

    /// <summary>Runs the chosen measures and writes the results; shared by <c>measure</c> and <c>demo</c>.</summary>
    internal static List<MeasureRun> ComputeMeasures(string lake, string outFolder, IReadOnlyList<MeasureDefinition> measures, IReadOnlyCollection<string> ids, int? financialYear, TextWriter output)
    {
        if (!Directory.Exists(lake))
        {
            throw new ArgumentException($"--lake: folder {lake} not found");
        }

        var unknown = ids.Where(id => measures.All(m => m.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"--measure: no measure '{unknown[0]}'; 'careforall measures list' lists them");
        }

        var chosen = ids.Count > 0 ? measures.Where(m => ids.Contains(m.Id)).ToList() : measures.Where(m => m.Status == "approved").ToList();
        using var connection = Lake.Open(lake);
        var datasets = Dataset.ReadBuiltIn();
        var runner = new MeasureRunner(connection, CoveredYears(lake), datasets);
        var steps = runner.Prepare(chosen, financialYear);
        var stepRuns = new List<MeasureRun>();
        var console = ConsoleFor(output);
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "measure", "period", "unit", "results", "worse (99.8%)", "better (99.8%)", "seconds" })
        {
            table.AddColumn(column);
        }

        foreach (var step in steps)
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var run = runner.Run(step);
            stepRuns.Add(run);
            table.AddRow(
                Markup.Escape(step.Measure.Id),
                step.FinancialYear is { } year ? ReportingPeriod.FinancialYear(year).ToString() : "all",
                step.Measure.Unit,
                run.Results.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                run.Results.Count(r => r.Band == "worse_998").ToString(System.Globalization.CultureInfo.InvariantCulture),
                run.Results.Count(r => r.Band == "better_998").ToString(System.Globalization.CultureInfo.InvariantCulture),
                started.Elapsed.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture));
        }

        var runs = MeasureRun.Combine(stepRuns).ToList();
        ResultFiles.Write(outFolder, runs);
        console.Write(table);
        foreach (var run in runs.Where(r => r.Results.Count == 0))
        {
            output.WriteLine($"{run.Measure.Id}: no results; {WhyNoResults(connection, datasets, run.Measure)}");
        }

        return runs;
    }

    /// <summary>
    /// Why a measure gave no results, as far as the lake tells: the tables it reads (directly or through a dataset) that
    /// have no rows, such as <c>ae_monthly</c> before the monthly returns are ingested.
    /// </summary>
    private static string WhyNoResults(DuckDBConnection connection, IReadOnlyList<Dataset> datasets, MeasureDefinition measure)
    {
        var sql = SqlCompiler.Compile(measure);
        var read = string.Join("\n", datasets.Where(d => d.IsUsedBy(sql)).Select(d => d.Sql).Prepend(sql));
        var empty = LakeSchema.Tables
            .Where(t => SqlCompiler.Names(read, t.Name))
            .Where(t =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT count(*) = 0 FROM {t.Name}";
                return (bool)command.ExecuteScalar()!;
            })
            .Select(t => t.Name)
            .ToList();
        return empty.Count > 0
            ? $"{string.Join(" and ", empty)} {(empty.Count == 1 ? "has" : "have")} no rows in this lake"
            : "no rows of the lake's years meet its population";
    }
}
