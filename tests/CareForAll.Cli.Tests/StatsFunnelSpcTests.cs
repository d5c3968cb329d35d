using System.Text.Json;

namespace CareForAll.Cli.Tests;

public sealed class StatsFunnelSpcTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("careforall-stats2-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string WriteCsv(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await Commands.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task FunnelPrintsOneJsonRowPerUnitWithLimitsAndBand()
    {
        var csv = WriteCsv("units.csv", "unit,numerator,denominator\nA,40,400\nB,95,400\nC,5,10\n");

        var (exit, output, _) = await Run("stats", "funnel", "--input", csv, "--kind", "proportion", "--target", "10", "--multiplier", "100", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal("A", rows[0].GetProperty("unit").GetString());
        Assert.Equal(10, rows[0].GetProperty("value").GetDouble(), 10);
        Assert.Equal("as_expected", rows[0].GetProperty("band").GetString());
        Assert.Equal("high_998", rows[1].GetProperty("band").GetString());
        Assert.True(rows[2].GetProperty("upper998").GetDouble() <= 100);
        foreach (var field in new[] { "lower95", "upper95", "lower998", "z", "phi", "tau2" })
        {
            Assert.True(rows[0].TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task FunnelRatioWithShmiAdjustmentReportsPhiAndTau2()
    {
        var lines = string.Join('\n', Enumerable.Range(0, 20).Select(i => $"T{i},{60 + (4 * i)},100"));
        var csv = WriteCsv("shmi.csv", "unit,observed,expected\n" + lines + "\n");

        var (exit, output, _) = await Run("stats", "funnel", "--input", csv, "--kind", "ratio", "--overdispersion", "shmi", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var first = json.RootElement[0];
        Assert.True(first.GetProperty("phi").GetDouble() > 1);
        Assert.True(first.GetProperty("tau2").GetDouble() > 0);
    }

    [Fact]
    public async Task FunnelBadCountNamesFileRowAndField()
    {
        var csv = WriteCsv("bad.csv", "unit,numerator,denominator\nA,4,40\nB,x,40\n");

        var (exit, _, error) = await Run("stats", "funnel", "--input", csv, "--kind", "rate");

        Assert.Equal(2, exit);
        Assert.Contains("bad.csv row 3, field numerator", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FunnelNumeratorAboveDenominatorIsBadData()
    {
        var csv = WriteCsv("over.csv", "unit,numerator,denominator\nA,41,40\n");

        var (exit, _, error) = await Run("stats", "funnel", "--input", csv, "--kind", "proportion");

        Assert.Equal(2, exit);
        Assert.Contains("row 2, field numerator", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FunnelWithoutKindIsAUsageError()
    {
        var csv = WriteCsv("units.csv", "unit,numerator,denominator\nA,4,40\n");

        var (exit, _, _) = await Run("stats", "funnel", "--input", csv);

        Assert.Equal(1, exit);
    }

    [Fact]
    public async Task SpcPrintsPointsThenTheAssuranceVerdict()
    {
        var csv = WriteCsv("series.csv", "date,value\n2024-01,10\n2024-02,12\n2024-03,11\n2024-04,14\n2024-05,13\n2024-06,30\n");

        var (exit, output, _) = await Run("stats", "spc", "--input", csv, "--improvement", "decrease", "--target", "20", "--fix-after", "5", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(7, rows.Count);
        Assert.Equal("2024-01", rows[0].GetProperty("date").GetString());
        Assert.Equal(12, rows[0].GetProperty("mean").GetDouble(), 10);
        Assert.Equal(16.655, rows[0].GetProperty("upper").GetDouble(), 10);
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("moving_range").ValueKind);
        Assert.Equal("beyond_limits", rows[5].GetProperty("rule").GetString());
        Assert.Equal("concern", rows[5].GetProperty("variation").GetString());
        Assert.Equal(JsonValueKind.Null, rows[6].GetProperty("date").ValueKind);
        Assert.Equal("consistently passing", rows[6].GetProperty("assurance").GetString());
    }

    [Fact]
    public async Task SpcCsvAndTableFormatsPrintEveryPoint()
    {
        var csv = WriteCsv("series.csv", "date,value\n2024-01,10\n2024-02,12\n2024-03,11\n");

        var (csvExit, csvOutput, _) = await Run("stats", "spc", "--input", csv, "--format", "csv");
        var (tableExit, tableOutput, _) = await Run("stats", "spc", "--input", csv);

        Assert.Equal(0, csvExit);
        Assert.StartsWith("date,value,mean,lower,upper,moving_range,rule,variation,assurance", csvOutput, StringComparison.Ordinal);
        Assert.Equal(0, tableExit);
        Assert.Contains("2024-03", tableOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpcBadValueNamesFileRowAndField()
    {
        var csv = WriteCsv("series.csv", "date,value\n2024-01,10\n2024-02,ten\n");

        var (exit, _, error) = await Run("stats", "spc", "--input", csv);

        Assert.Equal(2, exit);
        Assert.Contains("series.csv row 3, field value", error, StringComparison.Ordinal);
    }
}
