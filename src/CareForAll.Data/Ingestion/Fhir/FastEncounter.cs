using System.Text.Json;
using static CareForAll.Data.Ingestion.Fhir.FastElements;

namespace CareForAll.Data.Ingestion.Fhir;

/// <summary>
/// The fast path for Encounter → spell (class IMP or SS, with its diagnoses and procedures as contained Condition and
/// Procedure resources) or ae_attendance (class EMER) (<see cref="FhirFastPath"/>).
/// </summary>
internal static class FastEncounter
{
    /// <summary>The table and row for the rest of an Encounter resource; the row is null when it must take the full path.</summary>
    public static (LakeTable Table, object?[]? Row) Map(ref Utf8JsonReader reader)
    {
        var encounter = new Parts();
        string? ethnicCategory = null;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            bool ok;
            if (Once(ref reader, "id"u8, 0, ref seen))
            {
                ok = (encounter.Id = Text(ref reader)) is { } id && IsFhirId(id);
            }
            else if (Once(ref reader, "contained"u8, 1, ref seen))
            {
                ok = Contained(ref reader, encounter.Contained);
            }
            else if (Once(ref reader, "extension"u8, 2, ref seen))
            {
                ok = Extensions(ref reader, encounter.Lake, ref ethnicCategory) && ethnicCategory is null;
            }
            else if (Once(ref reader, "status"u8, 3, ref seen))
            {
                ok = OneOf(ref reader, "planned", "arrived", "triaged", "in-progress", "onleave", "finished", "cancelled", "entered-in-error", "unknown");
            }
            else if (Once(ref reader, "class"u8, 4, ref seen))
            {
                ok = reader.Read() && reader.TokenType == JsonTokenType.StartObject && Coding(ref reader, out var system, out var code)
                    && system == CodeSystem.ActCode && (encounter.Class = code) is "IMP" or "SS" or "EMER";
            }
            else if (Once(ref reader, "subject"u8, 5, ref seen))
            {
                ok = Subject(ref reader, out var patientId);
                encounter.PatientId = patientId;
            }
            else if (Once(ref reader, "period"u8, 6, ref seen))
            {
                ok = Period(ref reader, out encounter.Start, out encounter.End);
            }
            else if (Once(ref reader, "diagnosis"u8, 7, ref seen))
            {
                ok = Diagnoses(ref reader, encounter.Diagnoses);
            }
            else if (Once(ref reader, "hospitalization"u8, 8, ref seen))
            {
                ok = NextIs(ref reader, "dischargeDisposition"u8) && Concept(ref reader, encounter.Codings, out _)
                    && (encounter.Disposition = encounter.Codings[0].Code) is not null && reader.Read() && reader.TokenType == JsonTokenType.EndObject;
            }
            else if (Once(ref reader, "location"u8, 9, ref seen))
            {
                ok = Locations(ref reader, out encounter.Site);
            }
            else if (Once(ref reader, "serviceProvider"u8, 10, ref seen))
            {
                ok = Reference(ref reader, out encounter.Provider);
            }
            else
            {
                return (LakeSchema.Spell, null);
            }

            if (!ok)
            {
                return (LakeSchema.Spell, null);
            }
        }

        // status and class are required; an A&E attendance carries no diagnoses
        if ((seen & 0b11000) != 0b11000)
        {
            return (LakeSchema.Spell, null);
        }

        var (table, row) = encounter.Class == "EMER" ? (LakeSchema.AeAttendance, Attendance(encounter)) : (LakeSchema.Spell, Spell(encounter));
        return (table, row is not null && FillExtensions(table, row, encounter.Lake) ? row : null);
    }

    private static object?[]? Attendance(Parts encounter)
    {
        if (encounter.Contained.Count > 0 || encounter.Diagnoses.Count > 0 || encounter.Start is DateOnly || encounter.End is DateOnly)
        {
            return null;
        }

        var table = LakeSchema.AeAttendance;
        var row = new object?[table.Columns.Count];
        row[table.IndexOf("attendance_id")] = FhirToLake.NumericId(encounter.Id);
        row[table.IndexOf("patient_id")] = encounter.PatientId;
        row[table.IndexOf("provider_code")] = encounter.Provider;
        row[table.IndexOf("site_code")] = encounter.Site;
        row[table.IndexOf("arrival_time")] = encounter.Start;
        row[table.IndexOf("departure_time")] = encounter.End;
        row[table.IndexOf("disposal")] = encounter.Disposition;
        return row;
    }

    /// <summary>The spell row: diagnoses in rank order, each resolved to its contained Condition (ICD-10) or Procedure (OPCS-4).</summary>
    private static object?[]? Spell(Parts encounter)
    {
        if (encounter.Start is DateTime || encounter.End is DateTime)
        {
            return null;
        }

        var table = LakeSchema.Spell;
        var row = new object?[table.Columns.Count];
        var diagnoses = new List<string>();
        var procedures = new List<string>();
        foreach (var (reference, _) in encounter.Diagnoses.OrderBy(d => d.Rank))
        {
            var index = encounter.Contained.FindIndex(c => c.Id == reference);
            if (index < 0 || encounter.Contained[index].Code is not { } code)
            {
                return null;
            }

            (encounter.Contained[index].IsCondition ? diagnoses : procedures).Add(code);
        }

        row[table.IndexOf("spell_id")] = FhirToLake.NumericId(encounter.Id);
        row[table.IndexOf("patient_id")] = encounter.PatientId;
        row[table.IndexOf("provider_code")] = encounter.Provider;
        row[table.IndexOf("site_code")] = encounter.Site;
        row[table.IndexOf("patient_class")] = encounter.Class == "SS" ? "day_case" : "ordinary";
        row[table.IndexOf("discharge_method")] = encounter.Disposition;
        if (diagnoses.Count > 0)
        {
            row[table.IndexOf("primary_diagnosis")] = diagnoses[0];
            row[table.IndexOf("secondary_diagnoses")] = string.Join(';', diagnoses.Skip(1));
        }

        row[table.IndexOf("primary_procedure")] = procedures.FirstOrDefault();
        row[table.IndexOf("procedures")] = string.Join(';', procedures);
        row[table.IndexOf("admission_date")] = encounter.Start;
        row[table.IndexOf("discharge_date")] = encounter.End;
        return row;
    }

    /// <summary>
    /// contained: Condition and Procedure resources, each with an id, one code (the first ICD-10 or OPCS-4 code is kept,
    /// as FhirToLake reads it) and a subject; a Procedure also a status. Ids must differ.
    /// </summary>
    private static bool Contained(ref Utf8JsonReader reader, List<(string Id, bool IsCondition, string? Code)> contained)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var codings = new List<(CodeSystem System, string Code)>();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            if (!NextIs(ref reader, "resourceType"u8) || !reader.Read() || reader.TokenType != JsonTokenType.String)
            {
                return false;
            }

            var isCondition = reader.ValueTextEquals("Condition"u8);
            if (!isCondition && !reader.ValueTextEquals("Procedure"u8))
            {
                return false;
            }

            string? id = null;
            string? code = null;
            var seen = 0;
            while (NextProperty(ref reader))
            {
                bool ok;
                if (Once(ref reader, "id"u8, 0, ref seen))
                {
                    ok = (id = Text(ref reader)) is { } text && IsFhirId(text) && !contained.Exists(c => c.Id == text);
                }
                else if (Once(ref reader, "code"u8, 1, ref seen))
                {
                    ok = Concept(ref reader, codings, out _);
                    var wanted = isCondition ? CodeSystem.Icd10 : CodeSystem.Opcs4;
                    code = codings.Find(c => c.System == wanted).Code;
                }
                else if (Once(ref reader, "subject"u8, 2, ref seen))
                {
                    ok = Subject(ref reader, out _);
                }
                else if (!isCondition && Once(ref reader, "status"u8, 3, ref seen))
                {
                    ok = OneOf(ref reader, "preparation", "in-progress", "not-done", "on-hold", "stopped", "completed", "entered-in-error", "unknown");
                }
                else
                {
                    return false;
                }

                if (!ok)
                {
                    return false;
                }
            }

            if ((seen & 0b111) != 0b111 || (!isCondition && seen != 0b1111))
            {
                return false;
            }

            contained.Add((id!, isCondition, code));
        }

        return reader.TokenType == JsonTokenType.EndArray && contained.Count > 0;
    }

    /// <summary>diagnosis: each a <c>#id</c> reference to a contained resource and a rank.</summary>
    private static bool Diagnoses(ref Utf8JsonReader reader, List<(string Reference, int Rank)> diagnoses)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            string? reference = null;
            var rank = 0;
            var seen = 0;
            while (NextProperty(ref reader))
            {
                if (Once(ref reader, "condition"u8, 0, ref seen))
                {
                    if (!NextIs(ref reader, "reference"u8) || Text(ref reader) is not ['#', .. var id] || !IsFhirId(id)
                        || !reader.Read() || reader.TokenType != JsonTokenType.EndObject)
                    {
                        return false;
                    }

                    reference = id;
                }
                else if (!Once(ref reader, "rank"u8, 1, ref seen) || !reader.Read() || reader.TokenType != JsonTokenType.Number
                    || !reader.TryGetInt32(out rank) || rank < 1)
                {
                    return false;
                }
            }

            if (seen != 3)
            {
                return false;
            }

            diagnoses.Add((reference!, rank));
        }

        return reader.TokenType == JsonTokenType.EndArray && diagnoses.Count > 0;
    }

    /// <summary>period: a start (and optionally an end), each a <c>yyyy-MM-dd</c> date or a <c>yyyy-MM-ddTHH:mm:ssZ</c> time.</summary>
    private static bool Period(ref Utf8JsonReader reader, out object? start, out object? end)
    {
        start = end = null;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var seen = 0;
        while (NextProperty(ref reader))
        {
            var ok = Once(ref reader, "start"u8, 0, ref seen) ? When(ref reader, out start)
                : Once(ref reader, "end"u8, 1, ref seen) && When(ref reader, out end);
            if (!ok)
            {
                return false;
            }
        }

        return (seen & 1) == 1;
    }

    private static bool When(ref Utf8JsonReader reader, out object? value)
    {
        value = null;
        if (!reader.Read() || reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            return false;
        }

        var s = reader.ValueSpan;
        if (FieldText.TryIsoDate(s, out var date))
        {
            value = date;
            return true;
        }

        return s.Length == 20 && FieldText.TryIsoDate(s[..10], out _) && s[10] == 'T' && s[13] == ':' && s[16] == ':' && s[19] == 'Z'
            && TwoDigits(s[11..13], 23) && TwoDigits(s[14..16], 59) && TwoDigits(s[17..19], 59)
            && FieldText.TryParse(s, LakeType.Timestamp, out value, out _);
    }

    private static bool TwoDigits(ReadOnlySpan<byte> s, int max) =>
        char.IsAsciiDigit((char)s[0]) && char.IsAsciiDigit((char)s[1]) && ((s[0] - '0') * 10) + s[1] - '0' <= max;

    /// <summary>location: each <c>{"location": reference}</c>; the first one's ODS code is the site.</summary>
    private static bool Locations(ref Utf8JsonReader reader, out string? site)
    {
        site = null;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var first = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            if (!NextIs(ref reader, "location"u8) || !Reference(ref reader, out var code) || !reader.Read() || reader.TokenType != JsonTokenType.EndObject)
            {
                return false;
            }

            site = first ? code : site;
            first = false;
        }

        return reader.TokenType == JsonTokenType.EndArray && !first;
    }

    /// <summary>An object whose first property is <paramref name="name"/>: reads its start and the name.</summary>
    private static bool NextIs(ref Utf8JsonReader reader, ReadOnlySpan<byte> name) =>
        (reader.TokenType == JsonTokenType.StartObject || (reader.Read() && reader.TokenType == JsonTokenType.StartObject))
        && NextProperty(ref reader) && reader.ValueTextEquals(name);

    /// <summary>What an Encounter line gives, gathered before its class says which table it loads into.</summary>
    private sealed class Parts
    {
        public string? Id;
        public string? Class;
        public long? PatientId;
        public object? Start;
        public object? End;
        public string? Disposition;
        public string? Site;
        public string? Provider;
        public readonly List<(string Id, bool IsCondition, string? Code)> Contained = [];
        public readonly List<(string Reference, int Rank)> Diagnoses = [];
        public readonly List<(CodeSystem System, string Code)> Codings = [];
        public readonly List<(string Column, string Text)> Lake = [];
    }
}
