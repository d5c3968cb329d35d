using System.Text;
using CareForAll.Data.Export;
using CareForAll.Data.Ingestion.Fhir;
using Hl7.Fhir.Serialization;

namespace CareForAll.Data.Tests.Ingestion;

/// <summary>
/// The FHIR fast path must be invisible: every Patient, Observation, Condition, MedicationRequest and Encounter line the
/// exporter writes takes it, and whenever it maps a line (exported or mutated) Firely and the full mapping accept that line and
/// give the same row.
/// </summary>
public sealed class FhirFastPathTests(GeneratedLakes lakes) : IDisposable
{
    private readonly IngestFolder folder = new();

    private static readonly string[] FastTables = ["patient", "observation", "condition", "medication", "spell", "ae_attendance"];

    public void Dispose() => folder.Dispose();

    [Fact]
    public void ExportedLines_TakeTheFastPath_WithTheRowsFirelyGives()
    {
        var fhir = Path.Combine(folder.Root, "fhir");
        FhirExport.Write(lakes.Tiny.A, fhir, FastTables);
        var lines = FastTables.SelectMany(table => File.ReadLines(Path.Combine(fhir, table + ".ndjson")).Take(2000)).ToList();

        Assert.All(FastTables, table => Assert.Contains(lines, line => line.Contains($"\"resourceType\":\"{ResourceType(table)}\"", StringComparison.Ordinal)));
        Assert.All(lines, line => Assert.True(SameAsFirely(line), line));
        Assert.All(lines, line => Assert.NotNull(FhirFastPath.TryMap(Encoding.UTF8.GetBytes(line))));
    }

    [Fact]
    public void MutatedLines_TheFastPathMaps_FirelyMapsTheSame()
    {
        var fhir = Path.Combine(folder.Root, "fhir");
        FhirExport.Write(lakes.Tiny.A, fhir, FastTables);
        var seeds = FastTables.SelectMany(table => File.ReadLines(Path.Combine(fhir, table + ".ndjson")).Take(20)).ToArray();
        var random = new Random(20261126);
        var mapped = 0;
        for (var i = 0; i < 2000 * FastTables.Length; i++)
        {
            var line = Mutate(random, seeds[random.Next(seeds.Length)]);
            Assert.True(SameAsFirely(line), line);
            mapped += FhirFastPath.TryMap(Encoding.UTF8.GetBytes(line)) is null ? 0 : 1;
        }

        Assert.InRange(mapped, 100, 1950 * FastTables.Length);
    }

    private static string ResourceType(string table) => table switch
    {
        "patient" => "Patient",
        "observation" => "Observation",
        "condition" => "Condition",
        "medication" => "MedicationRequest",
        _ => "Encounter",
    };

    /// <summary>True when the fast path declines the line, or Firely and FhirToLake accept it and give the same table and row.</summary>
    private static bool SameAsFirely(string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        if (FhirFastPath.TryMap(bytes) is not { } fast)
        {
            return true;
        }

        var resource = FhirRecordSource.Parse(new FhirJsonDeserializer(new DeserializerSettings()), bytes, out _);
        if (resource is null)
        {
            return false;
        }

        var (table, row, _, _) = FhirToLake.Map(resource);
        return table == fast.Table && row is not null && row.SequenceEqual(fast.Row);
    }

    /// <summary>One small change: a character replaced, a stretch deleted, a value's quotes or digits disturbed.</summary>
    private static string Mutate(Random random, string line)
    {
        var text = new StringBuilder(line);
        var at = random.Next(text.Length);
        switch (random.Next(6))
        {
            case 0:
                text[at] = (char)random.Next(32, 127);
                break;
            case 1:
                text.Remove(at, Math.Min(text.Length - at, random.Next(1, 12)));
                break;
            case 2:
                text.Insert(at, random.Next(2) == 0 ? " " : "\"\",");
                break;
            case 3:
                text.Insert(at, (char)random.Next('0', '9' + 1));
                break;
            case 4:
                text.Replace("\"", "'", at, Math.Min(text.Length - at, 20));
                break;
            default:
                text[at] = char.IsDigit(text[at]) ? (char)('0' + ((text[at] - '0' + 1) % 10)) : text[at];
                break;
        }

        return text.ToString();
    }
}
