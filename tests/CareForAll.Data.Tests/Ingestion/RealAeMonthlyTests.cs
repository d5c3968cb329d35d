using System.Globalization;
using CareForAll.Cli;
using CareForAll.Tests;

namespace CareForAll.Data.Tests.Ingestion;

/// <summary>
/// The real NHS England monthly A&amp;E file (April 2025, shared/data/real/ae_monthly_by_provider_2024_25/raw) through
/// <c>careforall ingest</c> and <c>careforall measure --measure ae-four-hours-monthly</c>: the England value equals the
/// four-hour percentage of the file's own published TOTAL row.
/// </summary>
public sealed class RealAeMonthlyTests : IDisposable
{
    private readonly IngestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task AprilTwentyTwentyFive_EnglandFourHourPercentage_MatchesThePublishedTotalRow()
    {
        var file = RepositoryPaths.SharedData("real", "ae_monthly_by_provider_2024_25", "raw", "Monthly-AE-April-2025.csv");
        var report = Path.Combine(folder.Root, "report.json");
        var output = new StringWriter();

        Assert.Equal(0, await Commands.RunAsync(["ingest", "--lake", folder.LakeDir, file, "--report", report], output, new StringWriter()));
        Assert.Equal(0, await Commands.RunAsync(["measure", "--lake", folder.LakeDir, "--measure", "ae-four-hours-monthly", "--out", Path.Combine(folder.Root, "out")], output, new StringWriter()));

        // The TOTAL row NHS England publishes at the foot of the file: attendances in columns 5–10, over four hours in 11–16.
        var total = File.ReadLines(file).Single(l => l.StartsWith("TOTAL", StringComparison.Ordinal)).Split(',');
        var attendances = total[4..10].Sum(double.Parse);
        var over = total[10..16].Sum(double.Parse);
        var published = 100 * (attendances - over) / attendances; // 74.8% for April 2025
        var results = File.ReadAllLines(Path.Combine(folder.Root, "out", "secured", "results.csv"));
        var header = results[0].Split(',').ToList();
        var england = double.Parse(results[1].Split(',')[header.IndexOf("england_value")], CultureInfo.InvariantCulture);
        Assert.Equal(published, england, 9);
        Assert.Equal("2025-26", results[1].Split(',')[header.IndexOf("period")]);
        // The TOTAL row itself is refused (its period is not a month), so read = loaded + quarantined = 198 + 1.
        var json = File.ReadAllText(report);
        Assert.Contains("\"read\": 199", json, StringComparison.Ordinal);
        Assert.Contains("\"loaded\": 198", json, StringComparison.Ordinal);
        Assert.Contains("\"quarantined\": 1", json, StringComparison.Ordinal);
    }
}
