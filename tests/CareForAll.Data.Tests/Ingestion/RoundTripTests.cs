using CareForAll.Cli;
using CareForAll.Data.Export;
using CareForAll.Data.Ingestion;

namespace CareForAll.Data.Tests.Ingestion;

/// <summary>generate → export (CSV, FHIR) → ingest → measure gives the same results as measuring the generated lake.</summary>
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
        File.Copy(Path.Combine(lakes.Tiny.A, "manifest.json"), Path.Combine(folder.LakeDir, "manifest.json"));
        Assert.Equal(await Results(lakes.Tiny.A, "direct"), await Results(folder.LakeDir, "ingested"));
    }

    [Fact]
    public async Task FhirExport_Ingested_GivesTheSameMeasureResults()
    {
        var fhir = Path.Combine(folder.Root, "fhir");
        FhirExport.Write(lakes.Tiny.A, fhir);

        var result = LakeIngestion.Run(folder.LakeDir, [fhir]);

        Assert.Equal((0L, result.Read), (result.Quarantined, result.Loaded));
        File.Copy(Path.Combine(lakes.Tiny.A, "manifest.json"), Path.Combine(folder.LakeDir, "manifest.json"));
        Assert.Equal(await Results(lakes.Tiny.A, "direct"), await Results(folder.LakeDir, "ingested"));
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
