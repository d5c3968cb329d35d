using System.CommandLine;
using CareForAll.Cli.Stats;
using CareForAll.Statistics;

namespace CareForAll.Cli;

public static partial class Commands
{
    private static Command StatsMean()
    {
        var input = new Option<FileInfo>("--input") { Description = "CSV: group,value.", Required = true };
        var confidence = LimitFields.ConfidenceOption();
        var command = new Command("mean", "The mean of each group with Student's t limits (t at n − 1 degrees of freedom × s/√n).")
        {
            input, confidence, FormatOption,
        };
        command.SetAction(parsed =>
        {
            var csv = CsvInput.Read(parsed.GetValue(input)!.FullName, "group", "value");
            var level = LimitFields.Level(parsed, confidence);
            var results = new List<ResultRow>();
            foreach (var group in csv.Rows.GroupBy(r => r.GetString("group"), StringComparer.Ordinal))
            {
                var values = group.Select(r => r.GetDouble("value")).ToList();
                results.Add(new ResultRow().Add("group", group.Key).Add("count", values.Count)
                    .AddLimits(l => Means.StudentTInterval(values, l), level)
                    .Add("sd", Means.StandardDeviation(values)));
            }

            ResultWriter.Write(parsed.InvocationConfiguration.Output, parsed.GetValue(FormatOption), results, single: false);
            return Ok;
        });
        return command;
    }
}
