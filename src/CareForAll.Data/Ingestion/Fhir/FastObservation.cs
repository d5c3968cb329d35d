using System.Text.Json;
using static CareForAll.Data.Ingestion.Fhir.FastElements;

namespace CareForAll.Data.Ingestion.Fhir;

/// <summary>The fast path for Observation → observation (<see cref="FhirFastPath"/>).</summary>
internal static class FastObservation
{
    /// <summary>The row for the rest of an Observation resource, or null when it must take the full path.</summary>
    public static object?[]? Map(ref Utf8JsonReader reader)
    {
        var table = LakeSchema.Observation;
        var row = new object?[table.Columns.Count];
        var seen = 0;
        string? loincKind = null;
        while (NextProperty(ref reader))
        {
            bool ok;
            if (Once(ref reader, "status"u8, 0, ref seen))
            {
                ok = OneOf(ref reader, "final", "amended", "corrected", "preliminary", "registered");
            }
            else if (Once(ref reader, "code"u8, 1, ref seen))
            {
                ok = Code(ref reader, row, out loincKind);
            }
            else if (Once(ref reader, "subject"u8, 2, ref seen))
            {
                ok = Subject(ref reader, out var patientId);
                row[0] = patientId;
            }
            else if (Once(ref reader, "effectiveDateTime"u8, 3, ref seen))
            {
                ok = Date(ref reader, row, table.IndexOf("observed_date"));
            }
            else if (Once(ref reader, "performer"u8, 4, ref seen))
            {
                ok = References(ref reader, row, table.IndexOf("practice_code"));
            }
            else if (Once(ref reader, "valueQuantity"u8, 5, ref seen))
            {
                ok = Quantity(ref reader, row);
            }
            else
            {
                return null;
            }

            if (!ok)
            {
                return null;
            }
        }

        var kind = table.IndexOf("kind");
        row[kind] ??= loincKind;
        return (seen & 3) == 3 ? row : null;
    }

    /// <summary>code.coding: the SNOMED CT code and the kind it (or else the first LOINC code with a kind) stands for.</summary>
    private static bool Code(ref Utf8JsonReader reader, object?[] row, out string? loincKind)
    {
        loincKind = null;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !NextProperty(ref reader) || !reader.ValueTextEquals("coding"u8)
            || !reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var table = LakeSchema.Observation;
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            if (!Coding(ref reader, out var system, out var code))
            {
                return false;
            }

            if (system == CodeSystem.Snomed && row[table.IndexOf("code")] is null)
            {
                row[table.IndexOf("code")] = code;
                row[table.IndexOf("kind")] = FhirSystems.ObservationKindBySnomed.GetValueOrDefault(code);
            }
            else if (system == CodeSystem.Loinc && loincKind is null)
            {
                loincKind = FhirSystems.ObservationKindByLoinc.GetValueOrDefault(code);
            }
        }

        return reader.TokenType == JsonTokenType.EndArray && reader.Read() && reader.TokenType == JsonTokenType.EndObject;
    }

    /// <summary>valueQuantity: a value and a unit (optionally system and code, the unit falling back to the code).</summary>
    private static bool Quantity(ref Utf8JsonReader reader, object?[] row)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var table = LakeSchema.Observation;
        var seen = 0;
        string? unit = null;
        string? code = null;
        while (NextProperty(ref reader))
        {
            if (Once(ref reader, "value"u8, 0, ref seen))
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var value))
                {
                    return false;
                }

                row[table.IndexOf("value")] = (double)value;
            }
            else if (Once(ref reader, "unit"u8, 1, ref seen))
            {
                if ((unit = Text(ref reader, Codes)) is null)
                {
                    return false;
                }
            }
            else if (Once(ref reader, "code"u8, 2, ref seen))
            {
                if ((code = Text(ref reader, Codes)) is null || !IsFhirCode(code))
                {
                    return false;
                }
            }
            else if (!Once(ref reader, "system"u8, 3, ref seen) || Text(ref reader, Codes) is not "http://unitsofmeasure.org")
            {
                return false;
            }
        }

        row[table.IndexOf("unit")] = unit ?? code;
        return true;
    }
}
