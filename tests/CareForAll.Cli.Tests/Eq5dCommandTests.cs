using CareForAll.Tests;

namespace CareForAll.Cli.Tests;

public sealed class Eq5dCommandTests
{
    [Theory]
    // Devlin et al. Health Econ 2018;27:7-22: 11111 is 1, 55555 is -0.285 on the England 5L value set.
    [InlineData("11111", "{\"profile\": \"11111\", \"index\": 1.0}")]
    [InlineData("55555", "{\"profile\": \"55555\", \"index\": -0.285}")]
    public async Task JsonPrintsProfileAndEnglandIndex(string profile, string json)
    {
        var (code, stdout, _) = await Run("eq5d", "--profile", profile, "--format", "json");
        Assert.Equal(Commands.Ok, code);
        Assert.Equal(json, stdout.TrimEnd());
    }

    [Fact]
    public async Task CrosswalkReadsTheGivenTable()
    {
        // van Hout et al. Value Health 2012;15:708-715, UK value set: 55555 maps to -0.594 in the reference table.
        var table = RepositoryPaths.SharedData("reference", "eq5d5l_crosswalk_uk.csv");
        var (code, stdout, _) = await Run("eq5d", "--profile", "55555", "--value-set", "crosswalk-3l", "--crosswalk-table", table, "--format", "json");
        Assert.Equal(Commands.Ok, code);
        Assert.Equal("{\"profile\": \"55555\", \"index\": -0.594}", stdout.TrimEnd());
    }

    [Fact]
    public async Task TableFormatIsOnePlainLine()
    {
        var (code, stdout, _) = await Run("eq5d", "--profile", "12345");
        Assert.Equal(Commands.Ok, code);
        Assert.Equal("EQ-5D-5L 12345: index 0.322 (EQ-5D-5L England value set, Devlin 2018)", stdout.TrimEnd());
    }

    [Theory]
    [InlineData("1111")]
    [InlineData("11116")]
    [InlineData("abcde")]
    public async Task BadProfileExitsTwoWithAClearLine(string profile)
    {
        var (code, _, stderr) = await Run("eq5d", "--profile", profile);
        Assert.Equal(Commands.BadData, code);
        Assert.Equal($"careforall: --profile: '{profile}' is not an EQ-5D-5L profile: expected five digits, each from 1 to 5, e.g. 11111", stderr.TrimEnd());
    }

    [Fact]
    public async Task CrosswalkWithoutTableIsAUsageError()
    {
        var (code, _, stderr) = await Run("eq5d", "--profile", "11111", "--value-set", "crosswalk-3l");
        Assert.Equal(Commands.UsageError, code);
        Assert.Contains("--crosswalk-table", stderr, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Out, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Commands.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
