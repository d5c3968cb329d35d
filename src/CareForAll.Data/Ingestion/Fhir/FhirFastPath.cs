using System.Text.Json;
using static CareForAll.Data.Ingestion.Fhir.FastElements;

namespace CareForAll.Data.Ingestion.Fhir;

/// <summary>
/// A fast path for the bulk resources — Patient, Observation, Condition, MedicationRequest and Encounter — in the plain shape bulk
/// exporters (ours included) write: one forward-only <see cref="Utf8JsonReader"/> walk over the elements the lake needs,
/// with no object model (one class per resource type, sharing <see cref="FastElements"/>). It gives up (returns null)
/// on anything it does not fully understand — an element it does not know, a value in an unusual form, a value a check
/// would refuse — and the line then goes through Firely and <see cref="FhirToLake"/>, so what loads, and what is
/// refused with which message, is the same either way.
/// </summary>
internal static class FhirFastPath
{
    /// <summary>The table and row for <paramref name="line"/>, or null when the line must take the full path.</summary>
    public static (LakeTable Table, object?[] Row)? TryMap(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 16 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !NextProperty(ref reader) || !reader.ValueTextEquals("resourceType"u8)
                || !reader.Read() || reader.TokenType != JsonTokenType.String)
            {
                return null;
            }

            (LakeTable Table, object?[]? Row) mapped =
                reader.ValueTextEquals("Patient"u8) ? (LakeSchema.Patient, FastPatient.Map(ref reader))
                : reader.ValueTextEquals("Observation"u8) ? (LakeSchema.Observation, FastObservation.Map(ref reader))
                : reader.ValueTextEquals("Condition"u8) ? (LakeSchema.Condition, FastCondition.Map(ref reader))
                : reader.ValueTextEquals("MedicationRequest"u8) ? (LakeSchema.Medication, FastMedication.Map(ref reader))
                : reader.ValueTextEquals("Encounter"u8) ? FastEncounter.Map(ref reader)
                : (LakeSchema.Patient, null);
            return mapped is (var table, { } row) && reader.TokenType == JsonTokenType.EndObject && !reader.Read() ? (table, row) : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
