using System.CommandLine;
using CareForAll.Cli.Stats;
using CareForAll.Statistics;

namespace CareForAll.Cli;

public static partial class Commands
{
    private static Command StatsQuantiles()
    {
        var input = new Option<FileInfo>("--input") { Description = "CSV: group,area,value (a blank value gets no quantile).", Required = true };
        var count = new Option<int>("--n") { Description = "Number of quantiles: 5 for quintiles, 10 for deciles.", DefaultValueFactory = _ => 10 };
        var higherIsBetter = new Option<bool>("--higher-is-better") { Description = "Put the highest values in quantile 1 (otherwise quantile 1 holds the lowest)." };
        var command = new Command("quantiles", "Assign the areas of each group to quantiles by rank (ties to the lower rank).")
        {
            input, count, higherIsBetter, FormatOption,
        };
        command.SetAction(parsed =>
        {
            var quantiles = parsed.GetValue(count);
            if (quantiles < 1)
            {
                throw new ArgumentException($"--n: {quantiles} must be 1 or more");
            }

            var csv = CsvInput.Read(parsed.GetValue(input)!.FullName, "group", "area", "value");
            var results = new List<ResultRow>();
            foreach (var group in csv.Rows.GroupBy(r => r.GetString("group"), StringComparer.Ordinal))
            {
                var rows = group.ToList();
                var values = rows.Select(r => r.Has("value") ? r.GetDouble("value") : double.NaN).ToList();
                var assigned = Quantiles.Assign(values, quantiles, parsed.GetValue(higherIsBetter));
                for (var i = 0; i < rows.Count; i++)
                {
                    results.Add(new ResultRow().Add("group", group.Key).Add("area", rows[i].GetString("area"))
                        .Add("value", values[i]).Add("quantile", assigned[i]));
                }
            }

            ResultWriter.Write(parsed.InvocationConfiguration.Output, parsed.GetValue(FormatOption), results, single: false);
            return Ok;
        });
        return command;
    }
}
