using System.CommandLine;
using CareForAll.Cli.Stats;
using CareForAll.Statistics;

namespace CareForAll.Cli;

public static partial class Commands
{
    private static Command StatsSpc()
    {
        var input = new Option<string>("--input") { Description = "CSV with columns date,value, in time order.", Required = true };
        var improvement = new Option<ImprovementDirection>("--improvement")
        {
            Description = "Which way is better: increase, decrease or neither.",
            DefaultValueFactory = _ => ImprovementDirection.Neither,
        };
        var target = new Option<double?>("--target") { Description = "Target for the assurance verdict." };
        var fixAfter = new Option<int?>("--fix-after") { Description = "Fix the mean and limits from the first N points and apply them to later ones." };
        var screen = new Option<bool>("--screen-outliers") { Description = "Drop moving ranges ≥ 3.267 × the mean moving range before setting limits." };
        var command = new Command(
            "spc",
            "XmR chart with the Making Data Count rules (NHS England 2019): one row per point with date, value, mean, lower, upper, "
            + "moving_range, rule (beyond_limits|trend|two_of_three|run|none) and variation (common_cause|improvement|concern|neither), "
            + "then a last row with date empty (JSON null) and assurance (consistently passing|consistently failing|hit and miss|none).")
        {
            input, improvement, target, fixAfter, screen, FormatOption,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            var csv = CsvInput.Read(path, "date", "value");
            if (csv.Rows.Count < 2)
            {
                throw new Core.InputException($"{path} row {csv.Rows.Count + 2}: an XmR chart needs at least two points");
            }

            var dates = csv.Rows.Select(r => r.Has("date") ? r.GetString("date") : throw r.Error("date", "the date is blank")).ToList();
            var values = csv.Rows.Select(r => r.GetDouble("value")).ToList();
            var chart = XmrChart.Analyse(values, new XmrOptions(parse.GetValue(improvement), parse.GetValue(target), parse.GetValue(fixAfter), parse.GetValue(screen)));
            var rows = chart.Points.Select((p, i) => new ResultRow()
                .Add("date", dates[i])
                .Add("value", p.Value)
                .Add("mean", p.Mean)
                .Add("lower", p.Lower)
                .Add("upper", p.Upper)
                .Add("moving_range", p.MovingRange)
                .Add("rule", RuleName(p.Rule))
                .Add("variation", VariationName(p.Variation))).ToList();
            rows.Add(new ResultRow().Add("date", null).Add("assurance", AssuranceName(chart.Assurance)));
            ResultWriter.Write(parse.InvocationConfiguration.Output, parse.GetValue(FormatOption), rows, single: false);
            return Ok;
        });
        return command;
    }

    private static string RuleName(SpecialCauseRule rule) => rule switch
    {
        SpecialCauseRule.BeyondLimits => "beyond_limits",
        SpecialCauseRule.Trend => "trend",
        SpecialCauseRule.TwoOfThree => "two_of_three",
        SpecialCauseRule.Run => "run",
        _ => "none",
    };

    private static string VariationName(PointVariation variation) => variation switch
    {
        PointVariation.Improvement => "improvement",
        PointVariation.Concern => "concern",
        PointVariation.Neither => "neither",
        _ => "common_cause",
    };

    private static string AssuranceName(TargetAssurance assurance) => assurance switch
    {
        TargetAssurance.ConsistentlyPassing => "consistently passing",
        TargetAssurance.ConsistentlyFailing => "consistently failing",
        TargetAssurance.HitAndMiss => "hit and miss",
        _ => "none",
    };
}
