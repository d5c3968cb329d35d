using System.CommandLine;
using CareForAll.Cli.Stats;

namespace CareForAll.Cli;

public static partial class Commands
{
    private static readonly Option<OutputFormat> FormatOption = new("--format")
    {
        Description = "Output format: table, json or csv.",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    private static Command Stats()
    {
        var command = new Command("stats", "Statistical methods used in England's public-health and NHS indicators.");
        foreach (var method in StatsMethods())
        {
            command.Subcommands.Add(method);
        }

        return command;
    }

    /// <summary>Every <c>stats</c> method; each lives in its own file <c>Commands.Stats.Method.cs</c>.</summary>
    private static IEnumerable<Command> StatsMethods()
    {
        yield return StatsProportion();
        yield return StatsRate();
        yield return StatsDsr();
        yield return StatsIsr();
        yield return StatsMean();
        yield return StatsQuantiles();
        yield return StatsFunnel();
        yield return StatsSpc();
    }
}
