using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CareForAll.Data.Export;
using CareForAll.Data.Synthetic;
using Spectre.Console;

namespace CareForAll.Cli;

public static partial class Commands
{
    private static Command Generate()
    {
        var scale = new Option<double>("--scale")
        {
            Description = "Size relative to England (1.0 = about 51.8 million people).",
            DefaultValueFactory = _ => 0.01,
        };
        var seed = new Option<ulong>("--seed")
        {
            Description = "Random seed; the same seed and scale give byte-identical files.",
            DefaultValueFactory = _ => 1,
        };
        var output = new Option<string>("--out")
        {
            Description = "Lake folder to write (one sub-folder of Parquet files per table).",
            Required = true,
        };
        var format = new Option<string>("--format")
        {
            Description = "parquet (a lake), csv (lake-layout CSV per table) or fhir (FHIR R4 NDJSON, CSV for tables without a resource).",
            DefaultValueFactory = _ => "parquet",
        };
        format.AcceptOnlyFromAmong("parquet", "csv", "fhir");
        var command = new Command("generate", "Generate a synthetic England lake (Parquet) with planted quality problems.")
        {
            scale, seed, output, format,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (parse.GetValue(scale) is not (> 0 and <= 2))
            {
                error.WriteLine("careforall: --scale must be greater than 0 and at most 2");
                return UsageError;
            }

            var options = new GenerationOptions(parse.GetValue(scale), parse.GetValue(seed));
            var dir = parse.GetValue(output)!;
            var clock = Stopwatch.StartNew();
            var chosen = parse.GetValue(format)!;
            var lakeDir = chosen == "parquet" ? dir : Path.Combine(Path.GetTempPath(), "careforall-generate-" + Guid.NewGuid().ToString("N"));
            var rows = GenerateWithProgress(lakeDir, options, error);
            if (chosen != "parquet")
            {
                try
                {
                    rows = chosen == "csv" ? CsvExport.Write(lakeDir, dir) : FhirExport.Write(lakeDir, dir);
                    foreach (var file in new[] { "truth.json", "manifest.json" })
                    {
                        File.Copy(Path.Combine(lakeDir, file), Path.Combine(dir, file), overwrite: true);
                    }
                }
                finally
                {
                    Directory.Delete(lakeDir, recursive: true);
                }
            }

            var summary = string.Join(", ", rows.Select(r => $"{r.Key} {r.Value.ToString("N0", CultureInfo.InvariantCulture)}"));
            parse.InvocationConfiguration.Output.WriteLine(
                $"generated {dir} in {clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s: {summary}");
            return Ok;
        });
        return command;
    }

    /// <summary>Generates a lake with a progress bar on <paramref name="progressWriter"/>; returns rows per table.</summary>
    private static IReadOnlyDictionary<string, long> GenerateWithProgress(string dir, GenerationOptions options, TextWriter progressWriter)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(progressWriter) });
        IReadOnlyDictionary<string, long> rows = new Dictionary<string, long>();
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask($"synthetic England, scale {options.Scale.ToString(CultureInfo.InvariantCulture)}", maxValue: 1.0);
                rows = SyntheticEngland.Generate(dir, options, new Progress(task));
                task.Value = 1.0;
            });
        return rows;
    }

    /// <summary>Moves a Spectre progress task synchronously (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class Progress(ProgressTask task) : IProgress<double>
    {
        public void Report(double value) => task.Value = value;
    }
}
