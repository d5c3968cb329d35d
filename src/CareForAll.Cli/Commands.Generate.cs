using System.CommandLine;

namespace CareForAll.Cli;

public static partial class Commands
{
    private static Command Generate()
    {
        var command = new Command("generate", "Generate a synthetic England lake (Parquet) with planted quality problems.");
        command.SetAction(_ => Ok);
        return command;
    }
}
