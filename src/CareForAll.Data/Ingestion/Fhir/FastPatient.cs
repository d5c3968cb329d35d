using System.Text.Json;
using static CareForAll.Data.Ingestion.Fhir.FastElements;

namespace CareForAll.Data.Ingestion.Fhir;

/// <summary>The fast path for Patient → patient (<see cref="FhirFastPath"/>).</summary>
internal static class FastPatient
{
    /// <summary>The row for the rest of a Patient resource, or null when it must take the full path.</summary>
    public static object?[]? Map(ref Utf8JsonReader reader)
    {
        var table = LakeSchema.Patient;
        var row = new object?[table.Columns.Count];
        var lake = new List<(string Column, string Text)>();
        string? id = null;
        string? ethnicCategory = null;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            bool ok;
            if (Once(ref reader, "id"u8, 0, ref seen))
            {
                ok = (id = Text(ref reader)) is { } text && IsFhirId(text);
            }
            else if (Once(ref reader, "identifier"u8, 1, ref seen))
            {
                ok = Identifiers(ref reader, row);
            }
            else if (Once(ref reader, "gender"u8, 2, ref seen))
            {
                ok = reader.Read() && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped;
                row[table.IndexOf("sex")] = reader.ValueTextEquals("male"u8) ? "M" : reader.ValueTextEquals("female"u8) ? "F" : null;
                ok &= row[table.IndexOf("sex")] is not null;
            }
            else if (Once(ref reader, "birthDate"u8, 3, ref seen))
            {
                ok = Date(ref reader, row, table.IndexOf("birth_date"));
            }
            else if (Once(ref reader, "deceasedDateTime"u8, 4, ref seen))
            {
                ok = Date(ref reader, row, table.IndexOf("death_date"));
            }
            else if (Once(ref reader, "generalPractitioner"u8, 5, ref seen))
            {
                ok = References(ref reader, row, table.IndexOf("practice_code"));
            }
            else if (Once(ref reader, "extension"u8, 6, ref seen))
            {
                ok = Extensions(ref reader, lake, ref ethnicCategory);
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

        if (row[0] is null && id is not null)
        {
            row[0] = PatientKey.FromResourceId(id);
        }

        row[table.IndexOf("ethnic_category")] = ethnicCategory;
        return FillExtensions(table, row, lake) ? row : null;
    }
}
