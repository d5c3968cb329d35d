using System.CommandLine;
using CareForAll.Cli.Stats;
using CareForAll.Measures.Evaluation;
using CareForAll.Measures.Running;

namespace CareForAll.Cli;

public static partial class Commands
{
    /// <summary><c>evaluate</c>: score the measures' flags against the problems the generator planted.</summary>
    private static Command Evaluate()
    {
        var resultsOption = new Option<string>("--results") { Description = "The folder 'careforall measure --out' wrote.", Required = true };
        var command = new Command("evaluate", "Score 'worse than expected' flags against the generator's truth.json: sensitivity and false-positive rate at 95% and 99.8%.")
        {
            LakeOption, resultsOption, FormatOption,
        };
        command.SetAction(parse =>
        {
            var scores = EvaluateDetection(parse.GetValue(LakeOption)!, parse.GetValue(resultsOption)!);
            var rows = scores.Select(s => new ResultRow()
                .Add("problem", s.Problem)
                .Add("measure_id", s.MeasureId)
                .Add("planted", s.Planted)
                .Add("detectable", s.Detectable)
                .Add("flagged_95", s.Flagged95)
                .Add("flagged_998", s.Flagged998)
                .Add("sensitivity_95", s.Sensitivity95)
                .Add("sensitivity_998", s.Sensitivity998)
                .Add("sensitivity_998_detectable", s.SensitivityDetectable998)
                .Add("false_positive_rate_95", s.FalsePositiveRate95)
                .Add("false_positive_rate_998", s.FalsePositiveRate998)).ToList();
            ResultWriter.Write(parse.InvocationConfiguration.Output, parse.GetValue(FormatOption), rows, single: false);
            return Ok;
        });
        return command;
    }

    internal static IReadOnlyList<DetectionScore> EvaluateDetection(string lake, string results) =>
        DetectionScoring.Score(
            PlantedProblem.ReadTruth(Path.Combine(lake, "truth.json")),
            ResultFiles.Read(Path.Combine(results, "secured", "results.csv")));
}
