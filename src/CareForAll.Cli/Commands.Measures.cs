using System.CommandLine;
using CareForAll.Core;
using CareForAll.Core.Text;
using CareForAll.Measures.Compilation;
using CareForAll.Measures.Definitions;
using Spectre.Console;

namespace CareForAll.Cli;

public static partial class Commands
{
    private static readonly Option<string?> MeasuresFolderOption = new("--measures")
    {
        Description = "A folder of measure definition files to use instead of the national set shipped with CareForAll.",
    };

    private static readonly Option<string?> PeriodOption = new("--period")
    {
        Description = "One financial year, written 2008-09 (default: every year in the lake).",
    };

    /// <summary><c>measures list|show|sql</c>: describe the indicator definitions.</summary>
    private static Command Measures()
    {
        var command = new Command("measures", "List, show and explain the indicator definitions (measures/ files).");

        var list = new Command("list", "List every measure: id, domain, unit, method, status and title.") { MeasuresFolderOption };
        list.SetAction(parse =>
        {
            var table = new Table().Border(TableBorder.Simple);
            foreach (var column in new[] { "id", "domain", "unit", "method", "status", "title" })
            {
                // only the lists of units and the titles wrap, so that an id or a method is never cut in two
                table.AddColumn(new TableColumn(column) { NoWrap = column is not ("unit" or "title") });
            }

            foreach (var m in LoadMeasures(parse.GetValue(MeasuresFolderOption)))
            {
                table.AddRow(Markup.Escape(m.Id), m.Domain, Markup.Escape(UnitsOf(m)), MeasureFileReader.MethodName(m.Method), m.Status, Markup.Escape(m.Title));
            }

            ConsoleFor(parse.InvocationConfiguration.Output).Write(table);
            return Ok;
        });

        var idArgument = new Argument<string>("id") { Description = "The measure id, e.g. hospital-mortality-ratio." };
        var show = new Command("show", "Show a measure: what it measures and its definition file as published.") { idArgument, MeasuresFolderOption };
        show.SetAction(parse =>
        {
            var m = FindMeasure(parse.GetValue(MeasuresFolderOption), parse.GetValue(idArgument)!);
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"{m.Title} ({m.Id}, version {m.Version}, {m.Status})");
            output.WriteLine();
            output.WriteLine(m.Description.Trim());
            output.WriteLine();
            output.WriteLine($"Domain: {m.Domain}. Compared by: {UnitsOf(m)}. Method: {MeasureFileReader.MethodName(m.Method)}. Higher is {(m.HigherIsBetter ? "better" : "worse")}.");
            output.WriteLine();
            output.WriteLine($"# {Path.GetFileName(m.SourceFile)}");
            output.Write(m.SourceText);
            return Ok;
        });

        var sql = new Command("sql", "Print the DuckDB SQL a measure compiles to (aggregates at the measure's own unit).") { idArgument, MeasuresFolderOption, PeriodOption };
        sql.SetAction(parse =>
        {
            var m = FindMeasure(parse.GetValue(MeasuresFolderOption), parse.GetValue(idArgument)!);
            parse.InvocationConfiguration.Output.WriteLine(SqlCompiler.Compile(m, FinancialYear(parse.GetValue(PeriodOption))));
            return Ok;
        });

        command.Subcommands.Add(list);
        command.Subcommands.Add(show);
        command.Subcommands.Add(sql);
        return command;
    }

    private static IReadOnlyList<MeasureDefinition> LoadMeasures(string? folder) =>
        folder is null ? MeasureFileReader.ReadBuiltIn() : MeasureFileReader.ReadFolder(folder);

    private static MeasureDefinition FindMeasure(string? folder, string id) =>
        LoadMeasures(folder).SingleOrDefault(m => m.Id == id)
            ?? throw new ArgumentException($"no measure '{id}'; 'careforall measures list' lists them");

    private static string UnitsOf(MeasureDefinition m) => string.Join(", ", new[] { m.Unit }.Concat(m.Rollup));

    /// <summary>The first calendar year of a financial year written 2008-09, or null when none is given.</summary>
    private static int? FinancialYear(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parsed = ReportingPeriodPattern.Parse(text, ReportingPeriodKind.FinancialYear);
        return parsed.TryGetValue(out var period)
            ? period.Start.Year
            : throw new ArgumentException($"--period: {parsed.ErrorMessage}");
    }

    private static IAnsiConsole ConsoleFor(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = Math.Max(console.Profile.Width, 140);
        return console;
    }
}
