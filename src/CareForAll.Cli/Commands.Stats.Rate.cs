using System.CommandLine;
using CareForAll.Cli.Stats;
using CareForAll.Core;
using CareForAll.Statistics;

namespace CareForAll.Cli;

public static partial class Commands
{
    private static Command StatsRate()
    {
        var count = new Option<long>("--count") { Description = "Number of events (x).", Required = true };
        var denominator = new Option<double>("--denominator") { Description = "Population or person-years at risk (n).", Required = true };
        var multiplier = new Option<double>("--multiplier") { Description = "Rate per this many (default 100,000).", DefaultValueFactory = _ => 100_000 };
        var confidence = LimitFields.ConfidenceOption();
        var command = new Command("rate", "A crude rate x/n with exact Poisson limits below 10 events and Byar's from 10.")
        {
            count, denominator, multiplier, confidence, FormatOption,
        };
        command.SetAction(parsed =>
        {
            var x = parsed.GetValue(count);
            var n = parsed.GetValue(denominator);
            if (x < 0)
            {
                throw new InputException($"--count: {x} is negative; a count must be zero or more");
            }

            if (!(n > 0) || double.IsInfinity(n))
            {
                throw new InputException($"--denominator: {n} must be more than zero");
            }

            var scale = parsed.GetValue(multiplier);
            var row = new ResultRow().Add("count", x).Add("denominator", n)
                .AddLimits(level => Rates.RateInterval(x, n, level, scale), LimitFields.Level(parsed, confidence));
            ResultWriter.Write(parsed.InvocationConfiguration.Output, parsed.GetValue(FormatOption), [row], single: true);
            return Ok;
        });
        return command;
    }
}
