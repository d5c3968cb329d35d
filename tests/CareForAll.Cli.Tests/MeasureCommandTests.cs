using System.Globalization;
using System.Text.Json;
using CareForAll.Data.Synthetic;

namespace CareForAll.Cli.Tests;

/// <summary>A tiny synthetic lake measured once through the CLI, shared by the tests of the measure verbs.</summary>
public sealed class MeasuredLake : IDisposable
{
    public MeasuredLake()
    {
        Root = Directory.CreateTempSubdirectory("careforall-measure-").FullName;
        Lake = Path.Combine(Root, "lake");
        Results = Path.Combine(Root, "results");
        SyntheticEngland.Generate(Lake, new GenerationOptions(0.003, 11));
        (ExitCode, Output, Error) = MeasureCommandTests.Run("measure", "--lake", Lake, "--out", Results);
    }

    public string Root { get; }

    public string Lake { get; }

    public string Results { get; }

    public int ExitCode { get; }

    public string Output { get; }

    public string Error { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

public sealed class MeasureCommandTests(MeasuredLake lake) : IClassFixture<MeasuredLake>
{
    internal static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Commands.RunAsync(args, output, error).GetAwaiter().GetResult();
        return (code, output.ToString(), error.ToString());
    }

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    [Fact]
    public void Measure_WritesSecuredAndPublishedResultsInTheDocumentedLayout()
    {
        Assert.True(lake.ExitCode == 0, lake.Error);
        foreach (var copy in new[] { "secured", "published" })
        {
            Assert.True(File.Exists(Path.Combine(lake.Results, copy, "results.parquet")));
            Assert.Equal(
                "measure_id,measure_version,domain,unit_type,unit_code,period,numerator,denominator,observed,expected,value,lower95,upper95,lower998,upper998,england_value,band,suppressed",
                File.ReadLines(Path.Combine(lake.Results, copy, "results.csv")).First());
        }

        var rows = ReadCsv(Path.Combine(lake.Results, "secured", "results.csv"));
        Assert.True(rows.Select(r => r["measure_id"]).Distinct().Count() >= 27);
        Assert.All(rows, r => Assert.Contains(r["band"], new[] { "better_998", "better_95", "as_expected", "worse_95", "worse_998", "not_compared" }));
        Assert.Equal(["2008-09", "2009-10", "2010-11"], rows.Select(r => r["period"]).Distinct().Order());
        Assert.Contains(rows, r => r["unit_type"] == "commissioner" && r["measure_id"] == "diabetes-hba1c-58");
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(lake.Results, "models"), "hospital-mortality-ratio_*.json"));
    }

    [Fact]
    public void Measure_SaysWhyAMeasureGaveNoResults()
    {
        // The generator writes no monthly A&E returns and no Health Check invitations (they come from ingesting the
        // published returns and from CareForAll's own invitations), so those measures have nothing to count.
        Assert.Contains("ae-four-hours-monthly: no results; ae_monthly has no rows in this lake", lake.Output, StringComparison.Ordinal);
        Assert.Contains("health-check-uptake-of-offered: no results; health_check_invitation has no rows in this lake", lake.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("ae-four-hours: no results", lake.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_PublishedCopyNeverShowsACountOfOneToSeven()
    {
        var published = ReadCsv(Path.Combine(lake.Results, "published", "results.csv"));
        var secured = ReadCsv(Path.Combine(lake.Results, "secured", "results.csv"));

        Assert.Equal(secured.Count, published.Count);
        foreach (var row in published)
        {
            foreach (var column in new[] { "numerator", "observed" })
            {
                if (double.TryParse(row[column], CultureInfo.InvariantCulture, out var count))
                {
                    Assert.False(count is >= 1 and <= 7, $"{row["measure_id"]} {row["unit_code"]} {column} = {count}");
                }
            }

            if (row["suppressed"] == "true")
            {
                Assert.Equal(("", ""), (row["value"], row["lower95"]));
            }
        }

        Assert.Contains(secured, r => r["suppressed"] == "true" && r["value"] != "");
    }

    [Fact]
    public void Measure_SameLakeTwice_WritesIdenticalResults()
    {
        var again = Path.Combine(lake.Root, "again");

        Assert.Equal(0, Run("measure", "--lake", lake.Lake, "--out", again).ExitCode);

        foreach (var file in new[] { "secured/results.csv", "published/results.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(lake.Results, file)), File.ReadAllBytes(Path.Combine(again, file)));
        }
    }

    [Fact]
    public void MeasuresList_ShowsEveryMeasure()
    {
        var (code, output, _) = Run("measures", "list");

        Assert.Equal(0, code);
        Assert.Contains("hospital-mortality-ratio", output, StringComparison.Ordinal);
        Assert.Contains("u75-cvd-mortality", output, StringComparison.Ordinal);
        Assert.Contains("directly-standardised-rate", output, StringComparison.Ordinal); // whole, as the files write it
    }

    [Fact]
    public void MeasuresShowAndSql_DescribeTheMeasure()
    {
        var (showCode, show, _) = Run("measures", "show", "ae-four-hours");
        var (ratioCode, ratio, _) = Run("measures", "show", "hospital-mortality-ratio");
        var (sqlCode, sql, _) = Run("measures", "sql", "diabetes-hba1c-58", "--period", "2009-10");

        Assert.Equal((0, 0, 0), (showCode, ratioCode, sqlCode));
        Assert.Contains("within four hours", show, StringComparison.Ordinal);
        Assert.Contains("method: proportion", show, StringComparison.Ordinal);
        // the method as the definition files write it, not the engine's name for it
        Assert.Contains("Method: indirectly-standardised-ratio.", ratio, StringComparison.Ordinal);
        Assert.Contains("-- unit: practice; method: proportion", sql, StringComparison.Ordinal);
        Assert.Contains("rolled up to commissioner, region", sql, StringComparison.Ordinal);
        Assert.Contains("DATE '2009-04-01' AND DATE '2010-03-31'", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Measures_UnknownIdOrUnit_IsAUsageError()
    {
        var (code, _, error) = Run("measures", "show", "no-such-measure");
        Assert.Equal(1, code);
        Assert.Contains("no measure 'no-such-measure'", error, StringComparison.Ordinal);

        Assert.Equal(1, Run("measure", "--lake", lake.Lake, "--out", lake.Root, "--measure", "nope").ExitCode);
    }

    [Fact]
    public void Measure_MalformedMeasureFile_ExitsTwoNamingFileAndLine()
    {
        var folder = Path.Combine(lake.Root, "bad-measures");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "bad.yaml"), "id: bad\nversion: 1\ntitle: Bad\n");

        var (code, _, error) = Run("measures", "list", "--measures", folder);

        Assert.Equal(2, code);
        Assert.Contains("bad.yaml line", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AsATable_ShowsWholeMeasureIdsAndEveryColumn()
    {
        var (code, output, error) = Run("evaluate", "--lake", lake.Lake, "--results", lake.Results);

        Assert.True(code == 0, error);
        Assert.Contains("emergency-readmission-30-days", output, StringComparison.Ordinal);
        Assert.Contains("hospital-mortality-ratio", output, StringComparison.Ordinal);
        Assert.DoesNotContain("…", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ScoresEachPlantedProblemAsJson()
    {
        var (code, output, error) = Run("evaluate", "--lake", lake.Lake, "--results", lake.Results, "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Contains(rows, r => r.GetProperty("problem").GetString() == "excess_mortality" && r.GetProperty("measure_id").GetString() == "hospital-mortality-ratio");
        foreach (var row in rows)
        {
            foreach (var field in new[] { "planted", "flagged_95", "flagged_998", "sensitivity_95", "sensitivity_998", "false_positive_rate_95", "false_positive_rate_998" })
            {
                Assert.True(row.TryGetProperty(field, out _), field);
            }

            Assert.True(row.GetProperty("planted").GetInt32() >= row.GetProperty("flagged_95").GetInt32());
        }
    }
}
