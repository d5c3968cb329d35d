using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CareForAll.Data.Ingestion;
using Spectre.Console;

namespace CareForAll.Cli;

public static partial class Commands
{
    private static Command Ingest()
    {
        var lake = new Option<string>("--lake") { Description = "Lake folder to load into (created when missing).", Required = true };
        var check = new Option<bool>("--check") { Description = "Validate only: load nothing, print the quarantine summary." };
        var report = new Option<string?>("--report") { Description = "Write the accounting as JSON: [{file, table, read, loaded, duplicate, quarantined}]." };
        var paths = new Argument<string[]>("paths") { Description = "CSV extracts, FHIR NDJSON files, or folders of them.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Load CSV extracts and FHIR R4 bulk NDJSON into a lake; refused records go to quarantine.")
        {
            lake, check, report, paths,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var checkOnly = parse.GetValue(check);
            var result = IngestWithProgress(parse.GetValue(lake)!, parse.GetValue(paths)!, checkOnly, error);
            foreach (var a in result.Accounts)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{a.File} → {a.Table}: read {a.Read:N0}, loaded {a.Loaded:N0}, duplicate {a.Duplicate:N0}, quarantined {a.Quarantined:N0}"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(checkOnly ? "checked" : "ingested")}: read {result.Read:N0}, {(checkOnly ? "would load" : "loaded")} {result.Loaded:N0}, duplicate {result.Duplicate:N0}, quarantined {result.Quarantined:N0}"));
            if (result.Quarantine.Count > 0)
            {
                output.WriteLine("quarantine by reason:");
                foreach (var group in result.Quarantine.GroupBy(q => (q.Table, q.Field, Reason: Generalise(q.Reason))).OrderByDescending(g => g.Count()).Take(20))
                {
                    var first = group.First();
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {group.Count(),8:N0}  {group.Key.Table}.{group.Key.Field}: {first.Reason} (first: {first.File} line {first.Line})"));
                }
            }

            if (parse.GetValue(report) is { } reportPath)
            {
                var json = JsonSerializer.Serialize(result.Accounts.Select(a => new { file = a.File, table = a.Table, read = a.Read, loaded = a.Loaded, duplicate = a.Duplicate, quarantined = a.Quarantined }),
                    new JsonSerializerOptions { WriteIndented = true });
                File.WriteAllText(reportPath, json);
            }

            return Ok;
        });
        return command;
    }

    private static IngestResult IngestWithProgress(string lake, string[] paths, bool checkOnly, TextWriter progressWriter)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(progressWriter) });
        IngestResult? result = null;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(checkOnly ? "checking" : "ingesting", maxValue: 1.0);
                result = LakeIngestion.Run(lake, paths, checkOnly, new Progress(task));
            });
        return result!;
    }

    /// <summary>A reason without the quoted value, so refusals of one kind group together.</summary>
    private static string Generalise(string reason) =>
        System.Text.RegularExpressions.Regex.Replace(reason, "'[^']*'|\\d+", "…");
}
