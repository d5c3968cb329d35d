using CareForAll.Cli;
using CareForAll.Data.Export;
using CareForAll.Data.Ingestion;

namespace CareForAll.Data.Tests.Ingestion;

/// <summary>
/// generate → export (CSV, FHIR) → ingest → measure gives the same results as measuring the generated lake, with the
/// covered years ingestion writes to manifest.json (the same the generator wrote), so no partial periods appear.
/// </summary>
public sealed class RoundTripTests(GeneratedLakes lakes) : IDisposable
{
    private static readonly string[] Measures = ["ae-four-hours", "hospital-mortality-ratio", "c-difficile-rate", "hip-replacement-oxford-gain", "diabetes-hba1c-58"];

    private readonly IngestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task CsvExport_Ingested_GivesTheSameMeasureResults()
    {
        var csv = Path.Combine(folder.Root, "csv");
        CsvExport.Write(lakes.Tiny.A, csv);

        var result = LakeIngestion.Run(folder.LakeDir, [csv]);

        Assert.Equal((0L, result.Read), (result.Quarantined, result.Loaded));
        Assert.Equal(Years(lakes.Tiny.A), Years(folder.LakeDir));
        Assert.Equal(await Results(lakes.Tiny.A, "direct"), await Results(folder.LakeDir, "ingested"));
    }

    [Fact]
    public async Task FhirExport_Ingested_GivesTheSameMeasureResults()
    {
        var fhir = Path.Combine(folder.Root, "fhir");
        FhirExport.Write(lakes.Tiny.A, fhir);

        var result = LakeIngestion.Run(folder.LakeDir, [fhir]);

        Assert.Equal((0L, result.Read), (result.Quarantined, result.Loaded));
        Assert.Equal(Years(lakes.Tiny.A), Years(folder.LakeDir));
        Assert.Equal(await Results(lakes.Tiny.A, "direct"), await Results(folder.LakeDir, "ingested"));
    }

    /// <summary>The financial years manifest.json says the lake covers: the ingested lake's come from its data alone.</summary>
    private static string[] Years(string lake)
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(lake, "manifest.json")));
        return [.. manifest.RootElement.GetProperty("years").EnumerateArray().Select(y => y.GetString()!)];
    }

    private async Task<string[]> Results(string lake, string name)
    {
        var output = Path.Combine(folder.Root, "measures-" + name);
        string[] args = ["measure", "--lake", lake, "--out", output, .. Measures.SelectMany(m => new[] { "--measure", m })];
        Assert.Equal(0, await Commands.RunAsync(args, new StringWriter(), new StringWriter()));
        var lines = File.ReadAllLines(Path.Combine(output, "secured", "results.csv"));
        Assert.True(lines.Length > 50);
        return [.. lines.Order(StringComparer.Ordinal)];
    }
}
