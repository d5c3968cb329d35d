using System.CommandLine;

namespace CareForAll.Cli;

public static partial class Commands
{
    private static Command Demo()
    {
        var command = new Command("demo", "Generate a small England (scale 0.01) if missing and summarise it.");
        command.SetAction(_ => Ok);
        return command;
    }
}
