using System.CommandLine;
using CareForAll.Cli.Stats;
using CareForAll.Statistics;

namespace CareForAll.Cli;

public static partial class Commands
{
    private static Command StatsDsr()
    {
        var input = new Option<FileInfo>("--input") { Description = "CSV: area,age_band,count,population[,standard_population] (with --nonindependent: area,age_band,events_per_person,persons,population[,standard_population]).", Required = true };
        var multiplier = new Option<double>("--multiplier") { Description = "Rate per this many (default 100,000).", DefaultValueFactory = _ => 100_000 };
        var nonIndependent = new Option<bool>("--nonindependent") { Description = "Events can repeat for one person: rows give persons by events per person; limits use the frequency distribution." };
        var confidence = LimitFields.ConfidenceOption();
        var command = new Command("dsr", "Directly standardised rates per area (2013 European Standard Population by default) with Dobson limits; not given below 10 events.")
        {
            input, multiplier, nonIndependent, confidence, FormatOption,
        };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(input)!.FullName;
            var scale = parsed.GetValue(multiplier);
            var level = LimitFields.Level(parsed, confidence);
            var repeat = parsed.GetValue(nonIndependent);
            var csv = repeat
                ? CsvInput.Read(path, "area", "age_band", "events_per_person", "persons", "population")
                : CsvInput.Read(path, "area", "age_band", "count", "population");
            var results = new List<ResultRow>();
            foreach (var area in csv.Rows.GroupBy(r => r.GetString("area"), StringComparer.Ordinal))
            {
                var row = new ResultRow().Add("area", area.Key);
                if (repeat)
                {
                    var bands = area.Select(ReadRepeatEventBand).ToList();
                    CheckBandsAgree(area.ToList(), bands);
                    row.Add("count", bands.Sum(b => b.EventsPerPerson * b.Persons))
                        .Add("population", bands.DistinctBy(b => b.AgeBand).Sum(b => b.Population))
                        .AddLimits(l => DirectStandardisation.RateForRepeatEventsInterval(bands, l, scale), level);
                }
                else
                {
                    var bands = area.Select(ReadStandardisationBand).ToList();
                    row.Add("count", bands.Sum(b => b.Count))
                        .Add("population", bands.Sum(b => b.Population))
                        .AddLimits(l => DirectStandardisation.RateInterval(bands, l, scale), level);
                }

                results.Add(row);
            }

            ResultWriter.Write(parsed.InvocationConfiguration.Output, parsed.GetValue(FormatOption), results, single: false);
            return Ok;
        });
        return command;
    }

    private static StandardisationBand ReadStandardisationBand(CsvRow row) =>
        new(row.GetCount("count", blankAs: 0), PositivePopulation(row, "population"), StandardPopulation(row));

    private static RepeatEventBand ReadRepeatEventBand(CsvRow row)
    {
        var events = row.GetCount("events_per_person");
        if (events < 1 || events > int.MaxValue)
        {
            throw row.Error("events_per_person", $"'{row.GetString("events_per_person")}' must be a whole number, 1 or more");
        }

        return new RepeatEventBand(row.GetString("age_band"), (int)events, row.GetCount("persons", blankAs: 0), PositivePopulation(row, "population"), StandardPopulation(row));
    }

    private static void CheckBandsAgree(IReadOnlyList<CsvRow> rows, IReadOnlyList<RepeatEventBand> bands)
    {
        var first = new Dictionary<string, RepeatEventBand>(StringComparer.Ordinal);
        for (var i = 0; i < bands.Count; i++)
        {
            if (!first.TryAdd(bands[i].AgeBand, bands[i]) && first[bands[i].AgeBand].Population != bands[i].Population)
            {
                throw rows[i].Error("population", $"differs from the population given earlier for age band {bands[i].AgeBand} in this area");
            }
        }
    }

    private static double PositivePopulation(CsvRow row, string column)
    {
        var population = row.GetDouble(column);
        return population > 0 ? population : throw row.Error(column, $"'{row.GetString(column)}' must be more than zero");
    }

    private static double StandardPopulation(CsvRow row)
    {
        if (row.Has("standard_population"))
        {
            var standard = row.GetDouble("standard_population");
            return standard >= 0 ? standard : throw row.Error("standard_population", $"'{row.GetString("standard_population")}' is negative");
        }

        return EuropeanStandardPopulation.ForBand(row.GetString("age_band"))
            ?? throw row.Error("age_band", $"'{row.GetString("age_band")}' is not a 2013 European Standard Population band (0-4, 5-9, …, 85-89, 90+); give a standard_population column");
    }
}
