using System.CommandLine;
using CareForAll.Cli.Stats;
using CareForAll.Core;
using CareForAll.Statistics;

namespace CareForAll.Cli;

public static partial class Commands
{
    private static Command StatsProportion()
    {
        var numerator = new Option<long>("--numerator") { Description = "Number with the outcome (x).", Required = true };
        var denominator = new Option<long>("--denominator") { Description = "Number in the group (n).", Required = true };
        var multiplier = new Option<double>("--multiplier") { Description = "Scale of the result: 1 for a fraction, 100 for a percentage.", DefaultValueFactory = _ => 1 };
        var confidence = LimitFields.ConfidenceOption();
        var command = new Command("proportion", "A proportion x/n with Wilson score limits (Wilson 1927).")
        {
            numerator, denominator, multiplier, confidence, FormatOption,
        };
        command.SetAction(parsed =>
        {
            var x = parsed.GetValue(numerator);
            var n = parsed.GetValue(denominator);
            if (x < 0)
            {
                throw new InputException($"--numerator: {x} is negative; a count must be zero or more");
            }

            if (n <= 0)
            {
                throw new InputException($"--denominator: {n} must be more than zero");
            }

            if (x > n)
            {
                throw new InputException($"--numerator: {x} is more than the denominator {n}");
            }

            var scale = parsed.GetValue(multiplier);
            var row = new ResultRow().Add("numerator", x).Add("denominator", n)
                .AddLimits(level => Proportions.WilsonInterval(x, n, level, scale), LimitFields.Level(parsed, confidence));
            ResultWriter.Write(parsed.InvocationConfiguration.Output, parsed.GetValue(FormatOption), [row], single: true);
            return Ok;
        });
        return command;
    }
}
