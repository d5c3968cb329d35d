using System.CommandLine;
using System.Globalization;
using CareForAll.Care.Proms;
using CareForAll.Cli.Stats;
using CareForAll.Core;

namespace CareForAll.Cli;

public static partial class Commands
{
    private const string EnglandValueSet = "england-5l";
    private const string CrosswalkValueSet = "crosswalk-3l";

    private static Command Eq5d()
    {
        var profile = new Option<string>("--profile")
        {
            Description = "EQ-5D-5L profile: five digits 1-5 (mobility, self-care, usual activities, pain/discomfort, anxiety/depression).",
            Required = true,
        };
        var valueSet = new Option<string>("--value-set")
        {
            Description = "england-5l: Devlin et al. 2018 England 5L value set; crosswalk-3l: van Hout 2012 crosswalk to the 3L UK value set.",
            DefaultValueFactory = _ => EnglandValueSet,
        };
        valueSet.AcceptOnlyFromAmong(EnglandValueSet, CrosswalkValueSet);
        var table = new Option<string>("--crosswalk-table")
        {
            Description = "CSV with columns state,index for all 3,125 states (needed with --value-set crosswalk-3l).",
        };
        var format = new Option<OutputFormat>("--format")
        {
            Description = "Output format: table, json or csv.",
            DefaultValueFactory = _ => OutputFormat.Table,
        };
        var command = new Command("eq5d", "The EQ-5D-5L index of a health profile.") { profile, valueSet, table, format };
        command.SetAction(parsed =>
        {
            var digits = parsed.GetValue(profile)!;
            if (!Eq5d5lProfile.TryFromDigits(digits, out var state))
            {
                throw new InputException($"--profile: '{digits}' is not an EQ-5D-5L profile: expected five digits, each from 1 to 5, e.g. 11111");
            }

            var crosswalk = parsed.GetValue(valueSet) == CrosswalkValueSet;
            var tablePath = parsed.GetValue(table);
            if (crosswalk && tablePath is null)
            {
                throw new ArgumentException("--value-set crosswalk-3l needs --crosswalk-table FILE (state,index for all 3,125 states)");
            }

            var index = crosswalk ? Eq5d5lCrosswalk.Load(tablePath!).Index(state) : Eq5d5lEnglandValueSet.Index(state);
            var text = FormatIndex(index);
            var writer = parsed.InvocationConfiguration.Output;
            switch (parsed.GetValue(format))
            {
                case OutputFormat.Json:
                    writer.WriteLine($"{{\"profile\": \"{state}\", \"index\": {text}}}");
                    break;
                case OutputFormat.Csv:
                    writer.WriteLine("profile,index");
                    writer.WriteLine($"{state},{text}");
                    break;
                default:
                    var name = crosswalk ? "EQ-5D-3L UK value set via the van Hout 2012 crosswalk" : "EQ-5D-5L England value set, Devlin 2018";
                    writer.WriteLine($"EQ-5D-5L {state}: index {text} ({name})");
                    break;
            }

            return Ok;
        });
        return command;
    }

    /// <summary>A JSON number that always shows it is not an integer count: 1 is written 1.0.</summary>
    private static string FormatIndex(double index)
    {
        var text = index.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
