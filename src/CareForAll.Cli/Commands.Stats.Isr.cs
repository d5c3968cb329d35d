using System.CommandLine;
using CareForAll.Cli.Stats;
using CareForAll.Statistics;

namespace CareForAll.Cli;

public static partial class Commands
{
    private static Command StatsIsr()
    {
        var input = new Option<FileInfo>("--input") { Description = "CSV: area,age_band,count,population,ref_count,ref_population.", Required = true };
        var kind = new Option<string>("--kind") { Description = "ratio (O/E × ref value) or rate (O/E × reference crude rate × multiplier).", DefaultValueFactory = _ => "ratio" };
        kind.AcceptOnlyFromAmong("ratio", "rate");
        var refValue = new Option<double>("--ref-value") { Description = "Scale of the ratio: 1, or 100 for an SMR of 100 at the reference.", DefaultValueFactory = _ => 1 };
        var multiplier = new Option<double>("--multiplier") { Description = "For --kind rate: rate per this many (default 100,000).", DefaultValueFactory = _ => 100_000 };
        var confidence = LimitFields.ConfidenceOption();
        var command = new Command("isr", "Indirectly standardised ratios or rates per area: limits of the observed count (exact below 10, Byar's from 10) over the expected.")
        {
            input, kind, refValue, multiplier, confidence, FormatOption,
        };
        command.SetAction(parsed =>
        {
            var csv = CsvInput.Read(parsed.GetValue(input)!.FullName, "area", "age_band", "count", "population", "ref_count", "ref_population");
            var isRate = parsed.GetValue(kind) == "rate";
            var scale = isRate ? parsed.GetValue(multiplier) : parsed.GetValue(refValue);
            var level = LimitFields.Level(parsed, confidence);
            var results = new List<ResultRow>();
            foreach (var area in csv.Rows.GroupBy(r => r.GetString("area"), StringComparer.Ordinal))
            {
                var bands = area.Select(ReadIndirectBand).ToList();
                var observed = IndirectStandardisation.Observed(bands);
                var expected = IndirectStandardisation.Expected(bands);
                var factor = isRate ? IndirectStandardisation.ReferenceRate(bands) * scale : scale;
                var row = new ResultRow().Add("area", area.Key).Add("observed", observed).Add("expected", expected)
                    .AddLimits(
                        l => expected > 0 ? IndirectStandardisation.RatioInterval(observed, expected, l, factor) : Interval.NotGiven("no expected events"),
                        level);
                results.Add(row);
            }

            ResultWriter.Write(parsed.InvocationConfiguration.Output, parsed.GetValue(FormatOption), results, single: false);
            return Ok;
        });
        return command;
    }

    private static IndirectBand ReadIndirectBand(CsvRow row)
    {
        var population = row.GetDouble("population");
        if (population < 0)
        {
            throw row.Error("population", $"'{row.GetString("population")}' is negative");
        }

        return new IndirectBand(row.GetCount("count", blankAs: 0), population, row.GetCount("ref_count", blankAs: 0), PositivePopulation(row, "ref_population"));
    }
}
