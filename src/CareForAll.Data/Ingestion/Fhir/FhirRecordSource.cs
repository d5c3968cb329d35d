using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace CareForAll.Data.Ingestion.Fhir;

/// <summary>
/// Reads FHIR R4 bulk data NDJSON (one resource a line, as <c>$export</c> writes it) with the Firely SDK and maps each
/// resource to a lake row through <see cref="FhirToLake"/>; plain Patient, Observation, Condition, MedicationRequest
/// and Encounter resources take <see cref="FhirFastPath"/> instead, with the same outcome. A line that is not JSON, not
/// a FHIR resource, or a resource that fails Firely's checks is refused with the parser's message.
/// </summary>
internal sealed class FhirRecordSource(string path)
{
    private static readonly ThreadLocal<FhirJsonDeserializer> Deserializer = new(() => new FhirJsonDeserializer(new DeserializerSettings()));

    /// <summary>The table of the first resource in the file (used to load referenced tables first); null when unknown.</summary>
    public LakeTable? FirstTable
    {
        get
        {
            using var reader = new StreamReader(path, LineChunk.Utf8, detectEncodingFromByteOrderMarks: true);
            var first = reader.ReadLine();
            if (first is null)
            {
                return null;
            }

            try
            {
                using var json = JsonDocument.Parse(first);
                return json.RootElement.TryGetProperty("resourceType", out var type) && type.GetString() is { } name
                    ? FhirToLake.TableFor(name, json.RootElement.TryGetProperty("class", out var c) && c.TryGetProperty("code", out var code) ? code.GetString() : null)
                    : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    /// <summary>Gives <paramref name="into"/> the records on the lines of <paramref name="chunk"/>; safe to call on several chunks at once.</summary>
    public static void Parse(LineChunk chunk, PreparedChunk into)
    {
        var deserializer = Deserializer.Value!;
        foreach (var (number, line) in chunk.Lines(into.LineList))
        {
            into.Add(ReadLine(deserializer, number, line, chunk.Line(line)));
        }
    }

    /// <summary>Parses one resource with Firely; null and the reason when it is not a valid R4 resource.</summary>
    public static Resource? Parse(FhirJsonDeserializer deserializer, ReadOnlySpan<byte> utf8, out string? reason)
    {
        reason = null;
        try
        {
            var reader = new Utf8JsonReader(utf8);
            if (deserializer.TryDeserializeResource(ref reader, out var resource, out var issues) && resource is not null)
            {
                return resource;
            }

            reason = issues.FirstOrDefault()?.Message ?? "not a FHIR resource";
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Firely 6.8 throws IndexOutOfRangeException on some malformed property names (found by FuzzTests), so every
            // parser failure is a refusal of this line, not of the run.
            reason = $"{ex.GetType().Name}: {ex.Message}";
        }

        return null;
    }

    private static SourceRecord ReadLine(FhirJsonDeserializer deserializer, long line, System.Range raw, ReadOnlySpan<byte> text)
    {
        if (FhirFastPath.TryMap(text) is { } fast)
        {
            return SourceRecord.Accepted(line, fast.Table, fast.Row, raw);
        }

        var resource = Parse(deserializer, text, out var reason);
        if (resource is null)
        {
            return SourceRecord.Refused(line, null, "(resource)", FieldText.Shorten(reason ?? "unreadable").Length > 0 ? Truncate(reason!) : "unreadable", raw);
        }

        var (table, row, field, problem) = FhirToLake.Map(resource);
        return row is not null
            ? SourceRecord.Accepted(line, table!, row, raw)
            : SourceRecord.Refused(line, table, field ?? "(resource)", problem ?? "not mapped", raw);
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
