using System.Text.Json;

namespace CareForAll.Cli.Tests;

/// <summary>
/// Round trips of the <c>stats</c> verbs run in-process: JSON parsed back, exit codes 0 (ok), 1 (usage)
/// and 2 (bad data, with the file, row and field named). Expected numbers come from the published
/// examples used in the Statistics tests (Newcombe 1998 Table I; exact Poisson table; Student's sleep data).
/// </summary>
public sealed class StatsCommandsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("careforall-stats-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task ProportionPrintsOneJsonObjectWithWilsonLimits()
    {
        var (code, output, _) = await Run("stats", "proportion", "--numerator", "81", "--denominator", "263", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal(81, root.GetProperty("numerator").GetInt64());
        Assert.Equal(0.2553, root.GetProperty("lower95").GetDouble(), 4); // Newcombe 1998, Table I
        Assert.Equal(0.3662, root.GetProperty("upper95").GetDouble(), 4);
        Assert.True(root.GetProperty("lower998").GetDouble() < 0.2553);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("note").ValueKind);
    }

    [Fact]
    public async Task ConfidenceGivesLowerAndUpperAtThatLevelOnly()
    {
        var (code, output, _) = await Run("stats", "proportion", "--numerator", "15", "--denominator", "148", "--multiplier", "100", "--confidence", "0.95", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(6.24, root.GetProperty("lower").GetDouble(), 2);
        Assert.Equal(16.05, root.GetProperty("upper").GetDouble(), 2);
        Assert.False(root.TryGetProperty("lower95", out _));
    }

    [Fact]
    public async Task NumeratorAboveDenominatorIsBadDataNamingTheField()
    {
        var (code, _, error) = await Run("stats", "proportion", "--numerator", "21", "--denominator", "20");

        Assert.Equal(2, code);
        Assert.Contains("--numerator", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingOptionOrImpossibleLevelIsAUsageError()
    {
        Assert.Equal(1, (await Run("stats", "rate", "--count", "5")).Code);
        Assert.Equal(1, (await Run("stats", "rate", "--count", "5", "--denominator", "100", "--confidence", "1.5")).Code);
    }

    [Fact]
    public async Task RateUsesExactLimitsBelowTenEvents()
    {
        var (code, output, _) = await Run("stats", "rate", "--count", "9", "--denominator", "100000", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(9, json.RootElement.GetProperty("value").GetDouble(), 9);
        Assert.Equal(4.115, json.RootElement.GetProperty("lower95").GetDouble(), 3); // exact Poisson, Garwood 1936
        Assert.Equal(17.085, json.RootElement.GetProperty("upper95").GetDouble(), 3);
    }

    [Fact]
    public async Task DsrGivesOneResultPerAreaAndNoValueBelowTenEvents()
    {
        var file = Write("dsr.csv", "area,age_band,count,population", "A,0-4,20,1000", "A,5-9,30,4000", "B,0-4,4,1000", "B,5-9,,1000");
        var (code, output, _) = await Run("stats", "dsr", "--input", file, "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var results = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal("A", results[0].GetProperty("area").GetString());
        Assert.Equal(50, results[0].GetProperty("count").GetInt64());
        // ESP2013 weights 5000 and 5500: (20/1000×5000 + 30/4000×5500)/10500 × 100,000.
        Assert.Equal((100 + 41.25) / 10_500 * 100_000, results[0].GetProperty("value").GetDouble(), 6);
        Assert.Equal(JsonValueKind.Null, results[1].GetProperty("value").ValueKind);
        Assert.Equal("total count below 10", results[1].GetProperty("note").GetString());
    }

    [Fact]
    public async Task DsrWithStandardPopulationColumnMatchesTheHandWorkedExample()
    {
        var file = Write("dsr.csv", "area,age_band,count,population,standard_population", "A,young,20,1000,3000", "A,old,30,4000,7000");
        var (_, output, _) = await Run("stats", "dsr", "--input", file, "--format", "json");

        using var json = JsonDocument.Parse(output);
        var a = json.RootElement[0];
        Assert.Equal(1125, a.GetProperty("value").GetDouble(), 6);
        Assert.Equal(824.38091, a.GetProperty("lower95").GetDouble(), 4);
        Assert.Equal(1496.23334, a.GetProperty("upper95").GetDouble(), 4);
    }

    [Fact]
    public async Task DsrNonIndependentKeepsTheRateAndWidensTheLimits()
    {
        var independent = Write("i.csv", "area,age_band,count,population,standard_population", "A,all,30,1000,1000");
        var repeat = Write("r.csv", "area,age_band,events_per_person,persons,population,standard_population", "A,all,1,20,1000,1000", "A,all,2,5,1000,1000");
        using var one = JsonDocument.Parse((await Run("stats", "dsr", "--input", independent, "--format", "json")).Output);
        using var two = JsonDocument.Parse((await Run("stats", "dsr", "--input", repeat, "--nonindependent", "--format", "json")).Output);

        Assert.Equal(one.RootElement[0].GetProperty("value").GetDouble(), two.RootElement[0].GetProperty("value").GetDouble(), 9);
        Assert.Equal(30, two.RootElement[0].GetProperty("count").GetInt64());
        Assert.True(two.RootElement[0].GetProperty("upper95").GetDouble() > one.RootElement[0].GetProperty("upper95").GetDouble());
    }

    [Fact]
    public async Task DsrZeroPopulationNamesFileRowAndField()
    {
        var file = Write("dsr.csv", "area,age_band,count,population", "A,0-4,3,1000", "A,5-9,3,0");
        var (code, _, error) = await Run("stats", "dsr", "--input", file);

        Assert.Equal(2, code);
        Assert.Contains(file, error, StringComparison.Ordinal);
        Assert.Contains("row 3", error, StringComparison.Ordinal);
        Assert.Contains("field population", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DsrUnknownAgeBandWithoutStandardPopulationIsBadData()
    {
        var file = Write("dsr.csv", "area,age_band,count,population", "A,0-5,3,1000");
        var (code, _, error) = await Run("stats", "dsr", "--input", file);

        Assert.Equal(2, code);
        Assert.Contains("row 2, field age_band", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsrReportsObservedExpectedAndRatio()
    {
        var file = Write("isr.csv", "area,age_band,count,population,ref_count,ref_population",
            "A,0-4,12,1000,100,10000", "A,5-9,8,2000,50,10000");
        var (code, output, _) = await Run("stats", "isr", "--input", file, "--ref-value", "100", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var a = json.RootElement[0];
        Assert.Equal(20, a.GetProperty("observed").GetInt64());
        Assert.Equal(20, a.GetProperty("expected").GetDouble(), 9);
        Assert.Equal(100, a.GetProperty("value").GetDouble(), 9);

        using var rate = JsonDocument.Parse((await Run("stats", "isr", "--input", file, "--kind", "rate", "--format", "json")).Output);
        Assert.Equal(750, rate.RootElement[0].GetProperty("value").GetDouble(), 9);
    }

    [Fact]
    public async Task IsrNegativeCountNamesRowAndField()
    {
        var file = Write("isr.csv", "area,age_band,count,population,ref_count,ref_population", "A,0-4,-1,1000,100,10000");
        var (code, _, error) = await Run("stats", "isr", "--input", file);

        Assert.Equal(2, code);
        Assert.Contains("row 2, field count", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeanOfStudentsSleepData()
    {
        var lines = new[] { "group,value" }.Concat(new[] { "1.2", "2.4", "1.3", "1.3", "0.0", "1.0", "1.8", "0.8", "4.6", "1.4" }.Select(v => "sleep," + v));
        var file = Write("mean.csv", [.. lines]);
        var (code, output, _) = await Run("stats", "mean", "--input", file, "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var sleep = json.RootElement[0];
        Assert.Equal("sleep", sleep.GetProperty("group").GetString());
        Assert.Equal(10, sleep.GetProperty("count").GetInt32());
        Assert.Equal(0.7001142, sleep.GetProperty("lower95").GetDouble(), 6);
        Assert.Equal(2.4598858, sleep.GetProperty("upper95").GetDouble(), 6);
        Assert.Equal(1.229995, sleep.GetProperty("sd").GetDouble(), 6);
    }

    [Fact]
    public async Task MeanRejectsANonNumber()
    {
        var file = Write("mean.csv", "group,value", "a,1.5", "a,abc");
        var (code, _, error) = await Run("stats", "mean", "--input", file);

        Assert.Equal(2, code);
        Assert.Contains("row 3, field value: 'abc' is not a number", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuantilesOnePerAreaWithPolarity()
    {
        var file = Write("q.csv", "group,area,value", "g,a,1", "g,b,2", "g,c,3", "g,d,4");
        using var low = JsonDocument.Parse((await Run("stats", "quantiles", "--input", file, "--n", "2", "--format", "json")).Output);
        using var high = JsonDocument.Parse((await Run("stats", "quantiles", "--input", file, "--n", "2", "--higher-is-better", "--format", "json")).Output);

        Assert.Equal([1, 1, 2, 2], low.RootElement.EnumerateArray().Select(r => r.GetProperty("quantile").GetInt32()));
        Assert.Equal([2, 2, 1, 1], high.RootElement.EnumerateArray().Select(r => r.GetProperty("quantile").GetInt32()));
        Assert.Equal("d", high.RootElement[3].GetProperty("area").GetString());
    }

    [Fact]
    public async Task MissingColumnNamesTheField()
    {
        var file = Write("q.csv", "group,value", "g,1");
        var (code, _, error) = await Run("stats", "quantiles", "--input", file);

        Assert.Equal(2, code);
        Assert.Contains("row 1, field area: required column is missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvFormatHasAHeaderAndOneLinePerResult()
    {
        var file = Write("dsr.csv", "area,age_band,count,population", "A,0-4,20,1000", "B,0-4,30,1000");
        var (_, output, _) = await Run("stats", "dsr", "--input", file, "--format", "csv");

        var lines = output.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("area,count,population,value,lower95,upper95,lower998,upper998,note", lines[0]);
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("B,30,1000,3000,", lines[2], StringComparison.Ordinal);
    }

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Commands.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
