using System.Text.Json;
using static CareForAll.Data.Ingestion.Fhir.FastElements;

namespace CareForAll.Data.Ingestion.Fhir;

/// <summary>The fast path for Condition → condition (<see cref="FhirFastPath"/>).</summary>
internal static class FastCondition
{
    /// <summary>The row for the rest of a Condition resource, or null when it must take the full path.</summary>
    public static object?[]? Map(ref Utf8JsonReader reader)
    {
        var table = LakeSchema.Condition;
        var row = new object?[table.Columns.Count];
        var lake = new List<(string Column, string Text)>();
        var codings = new List<(CodeSystem System, string Code)>();
        string? ethnicCategory = null;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            bool ok;
            if (Once(ref reader, "extension"u8, 0, ref seen))
            {
                ok = Extensions(ref reader, lake, ref ethnicCategory) && ethnicCategory is null;
            }
            else if (Once(ref reader, "code"u8, 1, ref seen))
            {
                // the first SNOMED CT code, as FhirToLake
                ok = Concept(ref reader, codings, out _);
                row[table.IndexOf("code")] = codings.FirstOrDefault(c => c.System == CodeSystem.Snomed).Code;
            }
            else if (Once(ref reader, "subject"u8, 2, ref seen))
            {
                ok = Subject(ref reader, out var patientId);
                row[0] = patientId;
            }
            else if (Once(ref reader, "onsetDateTime"u8, 3, ref seen))
            {
                ok = Date(ref reader, row, table.IndexOf("diagnosed_date"));
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

        return (seen & 4) == 4 && FillExtensions(table, row, lake) ? row : null;
    }
}
