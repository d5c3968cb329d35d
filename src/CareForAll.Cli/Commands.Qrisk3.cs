using System.CommandLine;
using CareForAll.Care.VascularRisk;

namespace CareForAll.Cli;

public static partial class Commands
{
    private static Command Qrisk3Command()
    {
        var input = new Option<string>("--input")
        {
            Description = "CSV of people, one per line, with the columns " + string.Join(',', Qrisk3Csv.Columns) + ".",
            Required = true,
        };
        var output = new Option<string>("--out")
        {
            Description = "CSV to write: the input columns as given plus qrisk3 (10-year risk in percent).",
            Required = true,
        };
        var command = new Command("qrisk3", "Score a CSV file of people with the QRISK®3-2017 10-year cardiovascular risk algorithm.")
        {
            input,
            output,
        };
        command.SetAction(parsed =>
        {
            var inputPath = parsed.GetValue(input)!;
            var outputPath = parsed.GetValue(output)!;
            var people = Qrisk3Csv.ScoreFile(inputPath, outputPath);
            var writer = parsed.InvocationConfiguration.Output;
            writer.WriteLine($"Scored {people} people from {inputPath} into {outputPath}.");
            writer.WriteLine(Qrisk3.Disclaimer);
            return Ok;
        });
        return command;
    }
}
