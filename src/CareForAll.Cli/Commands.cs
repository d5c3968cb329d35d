using System.CommandLine;
using CareForAll.Core;

namespace CareForAll.Cli;

/// <summary>
/// The <c>careforall</c> command. Each verb lives in its own partial file <c>Commands.Verb.cs</c>.
/// Exit codes: 0 success, 1 usage error, 2 bad data.
/// </summary>
public static partial class Commands
{
    public const int Ok = 0;
    public const int UsageError = 1;
    public const int BadData = 2;

    public static RootCommand Build()
    {
        var root = new RootCommand("CareForAll: measure, publish and improve the quality of health care.");
        root.Subcommands.Add(Generate());
        root.Subcommands.Add(Ingest());
        root.Subcommands.Add(Demo());
        root.Subcommands.Add(Stats());
        root.Subcommands.Add(Measures());
        root.Subcommands.Add(Measure());
        root.Subcommands.Add(Evaluate());
        root.Subcommands.Add(Qrisk3Command());
        root.Subcommands.Add(Eq5d());
        root.Subcommands.Add(Db());
        root.Subcommands.Add(Serve());
        root.Subcommands.Add(HealthCheck());
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var root = Build();
        var config = new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
            EnableDefaultExceptionHandler = false,
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await config.Error.WriteLineAsync($"careforall: {parseError.Message}");
            }

            return UsageError;
        }

        try
        {
            return await parsed.InvokeAsync(config);
        }
        catch (InputException ex)
        {
            await config.Error.WriteLineAsync($"careforall: {ex.Message}");
            return BadData;
        }
        catch (ArgumentException ex)
        {
            await config.Error.WriteLineAsync($"careforall: {ex.Message}");
            return UsageError;
        }
    }
}
