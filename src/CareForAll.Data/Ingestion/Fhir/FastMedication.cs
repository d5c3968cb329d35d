using System.Text.Json;
using static CareForAll.Data.Ingestion.Fhir.FastElements;

namespace CareForAll.Data.Ingestion.Fhir;

/// <summary>The fast path for MedicationRequest → medication (<see cref="FhirFastPath"/>).</summary>
internal static class FastMedication
{
    /// <summary>The row for the rest of a MedicationRequest resource, or null when it must take the full path.</summary>
    public static object?[]? Map(ref Utf8JsonReader reader)
    {
        var table = LakeSchema.Medication;
        var row = new object?[table.Columns.Count];
        var lake = new List<(string Column, string Text)>();
        var codings = new List<(CodeSystem System, string Code)>();
        string? ethnicCategory = null;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            bool ok;
            if (Once(ref reader, "status"u8, 0, ref seen))
            {
                ok = OneOf(ref reader, "active", "on-hold", "cancelled", "completed", "entered-in-error", "stopped", "draft", "unknown");
            }
            else if (Once(ref reader, "intent"u8, 1, ref seen))
            {
                ok = OneOf(ref reader, "proposal", "plan", "order", "original-order", "reflex-order", "filler-order", "instance-order", "option");
            }
            else if (Once(ref reader, "medicationCodeableConcept"u8, 2, ref seen))
            {
                // the first coding's code whatever its system, and the text, as FhirToLake
                ok = Concept(ref reader, codings, out var text, textAllowed: true);
                row[table.IndexOf("code")] = codings.FirstOrDefault().Code;
                row[table.IndexOf("drug_class")] = text;
            }
            else if (Once(ref reader, "subject"u8, 3, ref seen))
            {
                ok = Subject(ref reader, out var patientId);
                row[0] = patientId;
            }
            else if (Once(ref reader, "authoredOn"u8, 4, ref seen))
            {
                ok = Date(ref reader, row, table.IndexOf("prescribed_date"));
            }
            else if (Once(ref reader, "requester"u8, 5, ref seen))
            {
                ok = Reference(ref reader, out var practice);
                row[table.IndexOf("practice_code")] = practice;
            }
            else if (Once(ref reader, "extension"u8, 6, ref seen))
            {
                ok = Extensions(ref reader, lake, ref ethnicCategory) && ethnicCategory is null;
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

        return (seen & 15) == 15 && FillExtensions(table, row, lake) ? row : null;
    }
}
