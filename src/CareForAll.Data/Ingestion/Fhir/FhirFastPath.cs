using System.Globalization;
using System.Text.Json;
using CareForAll.Core.Text;

namespace CareForAll.Data.Ingestion.Fhir;

/// <summary>
/// A fast path for the commonest bulk resources, Patient and Observation, in the plain shape bulk exporters (ours
/// included) write: one forward-only <see cref="Utf8JsonReader"/> walk over the elements the lake needs, with no object
/// model. It gives up (returns null) on anything it does not fully understand — an element it does not know, a value in
/// an unusual form, a value a check would refuse — and the line then goes through Firely and <see cref="FhirToLake"/>,
/// so what loads, and what is refused with which message, is the same either way.
/// </summary>
internal static class FhirFastPath
{
    /// <summary>Repeated texts (systems, codes, units, ODS codes) are made into strings once.</summary>
    private static readonly TextCache<string> Codes = new(text => text);

    [ThreadStatic]
    private static (string Digits, long PatientId)? _lastPatient;

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

            var table = reader.ValueTextEquals("Patient"u8) ? LakeSchema.Patient : reader.ValueTextEquals("Observation"u8) ? LakeSchema.Observation : null;
            if (table is null)
            {
                return null;
            }

            var row = new object?[table.Columns.Count];
            var mapped = table == LakeSchema.Patient ? Patient(ref reader, row) : Observation(ref reader, row);
            return mapped && reader.TokenType == JsonTokenType.EndObject && !reader.Read() ? (table, row) : null;
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

    private static bool Patient(ref Utf8JsonReader reader, object?[] row)
    {
        var table = LakeSchema.Patient;
        string? id = null;
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
                ok = Extensions(ref reader, table, row);
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

        if (row[0] is null && id is not null)
        {
            row[0] = PatientKey.FromResourceId(id);
        }

        return true;
    }

    private static bool Observation(ref Utf8JsonReader reader, object?[] row)
    {
        var table = LakeSchema.Observation;
        var seen = 0;
        string? loincKind = null;
        while (NextProperty(ref reader))
        {
            bool ok;
            if (Once(ref reader, "status"u8, 0, ref seen))
            {
                ok = reader.Read() && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped
                    && (reader.ValueTextEquals("final"u8) || reader.ValueTextEquals("amended"u8) || reader.ValueTextEquals("corrected"u8)
                        || reader.ValueTextEquals("preliminary"u8) || reader.ValueTextEquals("registered"u8));
            }
            else if (Once(ref reader, "code"u8, 1, ref seen))
            {
                ok = ObservationCode(ref reader, row, out loincKind);
            }
            else if (Once(ref reader, "subject"u8, 2, ref seen))
            {
                ok = Subject(ref reader, row);
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
                return false;
            }

            if (!ok)
            {
                return false;
            }
        }

        var kind = table.IndexOf("kind");
        row[kind] ??= loincKind;
        return (seen & 3) == 3;
    }

    /// <summary>code.coding: the SNOMED CT code and the kind it (or else the first LOINC code with a kind) stands for.</summary>
    private static bool ObservationCode(ref Utf8JsonReader reader, object?[] row, out string? loincKind)
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

    private enum CodeSystem
    {
        Other,
        Snomed,
        Loinc,
        EthnicCategory,
    }

    /// <summary>A coding with exactly a system and a code.</summary>
    private static bool Coding(ref Utf8JsonReader reader, out CodeSystem system, out string code)
    {
        system = CodeSystem.Other;
        code = "";
        var seen = 0;
        while (NextProperty(ref reader))
        {
            if (Once(ref reader, "system"u8, 0, ref seen))
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
                {
                    return false;
                }

                system = reader.ValueTextEquals(FhirSystems.Snomed) ? CodeSystem.Snomed : reader.ValueTextEquals(FhirSystems.Loinc) ? CodeSystem.Loinc
                    : reader.ValueTextEquals(FhirSystems.EthnicCategory) ? CodeSystem.EthnicCategory : CodeSystem.Other;
            }
            else if (Once(ref reader, "code"u8, 1, ref seen))
            {
                if (Text(ref reader, Codes) is not { } text || !IsFhirCode(text))
                {
                    return false;
                }

                code = text;
            }
            else
            {
                return false;
            }
        }

        return seen == 3 && system != CodeSystem.Other;
    }

    /// <summary>subject: an NHS number identifier or a <c>Patient/id</c> reference.</summary>
    private static bool Subject(ref Utf8JsonReader reader, object?[] row)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !NextProperty(ref reader))
        {
            return false;
        }

        if (reader.ValueTextEquals("identifier"u8))
        {
            return Identifier(ref reader, out var system, out var value) && system == FhirSystems.NhsNumber && SetNhsNumber(value, row)
                && reader.Read() && reader.TokenType == JsonTokenType.EndObject;
        }

        if (reader.ValueTextEquals("reference"u8) && Text(ref reader) is { } reference && reference.StartsWith("Patient/", StringComparison.Ordinal)
            && IsFhirId(reference["Patient/".Length..]))
        {
            row[0] = PatientKey.FromResourceId(reference["Patient/".Length..]);
            return reader.Read() && reader.TokenType == JsonTokenType.EndObject;
        }

        return false;
    }

    /// <summary>identifier (Patient): the first NHS number identifier sets patient_id.</summary>
    private static bool Identifiers(ref Utf8JsonReader reader, object?[] row)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var found = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            if (!IdentifierBody(ref reader, out var system, out var value))
            {
                return false;
            }

            if (!found && system == FhirSystems.NhsNumber)
            {
                found = true;
                if (!SetNhsNumber(value, row))
                {
                    return false;
                }
            }
        }

        return reader.TokenType == JsonTokenType.EndArray && found;
    }

    /// <summary>An array of references by ODS identifier: the first one's code goes to <paramref name="column"/>.</summary>
    private static bool References(ref Utf8JsonReader reader, object?[] row, int column)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var first = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            if (!NextProperty(ref reader) || !reader.ValueTextEquals("identifier"u8) || !Identifier(ref reader, out var system, out var value)
                || !reader.Read() || reader.TokenType != JsonTokenType.EndObject)
            {
                return false;
            }

            if (first)
            {
                row[column] = system is FhirSystems.OdsOrganisation or FhirSystems.OdsSite ? value : null;
                first = false;
            }
        }

        return reader.TokenType == JsonTokenType.EndArray && !first;
    }

    private static bool Identifier(ref Utf8JsonReader reader, out string system, out string value)
    {
        system = value = "";
        return reader.Read() && reader.TokenType == JsonTokenType.StartObject && IdentifierBody(ref reader, out system, out value);
    }

    /// <summary>The inside of an identifier with exactly a system and a value.</summary>
    private static bool IdentifierBody(ref Utf8JsonReader reader, out string system, out string value)
    {
        system = value = "";
        var seen = 0;
        while (NextProperty(ref reader))
        {
            if (Once(ref reader, "system"u8, 0, ref seen))
            {
                // only the UK Core systems: Firely checks other URIs, which this path does not
                var text = Text(ref reader, Codes);
                if (text is not (FhirSystems.NhsNumber or FhirSystems.OdsOrganisation or FhirSystems.OdsSite))
                {
                    return false;
                }

                system = text;
            }
            else if (Once(ref reader, "value"u8, 1, ref seen))
            {
                // NHS numbers are all different; ODS codes repeat
                if (Text(ref reader, system is "" or FhirSystems.NhsNumber ? null : Codes) is not { } text)
                {
                    return false;
                }

                value = text;
            }
            else
            {
                return false;
            }
        }

        return seen == 3;
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

    /// <summary>The extensions: UK Core ethnic category and CareForAll lake columns, each a url and one plain value.</summary>
    private static bool Extensions(ref Utf8JsonReader reader, LakeTable table, object?[] row)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var lake = new List<(int Column, string Text)>();
        var any = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            if (!NextProperty(ref reader) || !reader.ValueTextEquals("url"u8) || Text(ref reader, Codes) is not { } url || !NextProperty(ref reader))
            {
                return false;
            }

            if (url == FhirSystems.EthnicCategoryExtension && reader.ValueTextEquals("valueCodeableConcept"u8))
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !NextProperty(ref reader) || !reader.ValueTextEquals("coding"u8)
                    || !reader.Read() || reader.TokenType != JsonTokenType.StartArray || !reader.Read() || reader.TokenType != JsonTokenType.StartObject
                    || !Coding(ref reader, out var system, out var code) || system != CodeSystem.EthnicCategory
                    || !reader.Read() || reader.TokenType != JsonTokenType.EndArray || !reader.Read() || reader.TokenType != JsonTokenType.EndObject)
                {
                    return false;
                }

                row[table.IndexOf("ethnic_category")] ??= code;
            }
            else if (url.StartsWith(FhirSystems.LakeColumnExtension, StringComparison.Ordinal)
                && table.Columns.ToList().FindIndex(c => c.Name == url[FhirSystems.LakeColumnExtension.Length..]) is var column and >= 0
                && ExtensionValue(ref reader) is { } text)
            {
                lake.Add((column, text));
            }
            else
            {
                return false;
            }

            if (!reader.Read() || reader.TokenType != JsonTokenType.EndObject)
            {
                return false;
            }

            any = true;
        }

        if (reader.TokenType != JsonTokenType.EndArray || !any)
        {
            return false;
        }

        // as LakeExtensions.Fill, after the standard elements: only columns still empty, in extension order
        foreach (var (column, text) in lake)
        {
            if (row[column] is null && !FieldText.TryParse(text, table.Columns[column].Type, out row[column], out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>valueString, valueInteger or valueDecimal as the text <see cref="LakeExtensions.TryValue"/> makes of it.</summary>
    private static string? ExtensionValue(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("valueString"u8))
        {
            return Text(ref reader, Codes);
        }

        if (reader.ValueTextEquals("valueInteger"u8))
        {
            return reader.Read() && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var integer)
                ? integer.ToString(CultureInfo.InvariantCulture) : null;
        }

        if (reader.ValueTextEquals("valueDecimal"u8))
        {
            return reader.Read() && reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number)
                && !(number == 0 && reader.ValueSpan[0] == '-') ? number.ToString(CultureInfo.InvariantCulture) : null;
        }

        return null;
    }

    /// <summary>A <c>yyyy-MM-dd</c> date into <paramref name="column"/>.</summary>
    private static bool Date(ref Utf8JsonReader reader, object?[] row, int column) =>
        reader.Read() && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped
        && FieldText.TryIsoDate(reader.ValueSpan, out var date) && (row[column] = date) is not null;

    private static bool SetNhsNumber(string digits, object?[] row)
    {
        if (_lastPatient is { } last && last.Digits == digits)
        {
            row[0] = last.PatientId;
            return true;
        }

        var number = NhsNumberPattern.Parse(digits);
        if (!number.Success)
        {
            return false;
        }

        row[0] = PatientKey.FromNhsNumber(number.Value);
        _lastPatient = (digits, (long)row[0]!);
        return true;
    }

    /// <summary>Moves to the next property name; false at the end of the object.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader) => reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    /// <summary>True when the current property is <paramref name="name"/> and was not seen before in this object (bit <paramref name="bit"/> of <paramref name="seen"/>).</summary>
    private static bool Once(ref Utf8JsonReader reader, ReadOnlySpan<byte> name, int bit, ref int seen)
    {
        if (!reader.ValueTextEquals(name))
        {
            return false;
        }

        if ((seen & (1 << bit)) != 0)
        {
            throw new InvalidOperationException("repeated property");
        }

        seen |= 1 << bit;
        return true;
    }

    /// <summary>A plain string value (no escapes, not empty, no white space at either end); through <paramref name="shared"/> when given.</summary>
    private static string? Text(ref Utf8JsonReader reader, TextCache<string>? shared = null)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            return null;
        }

        var span = reader.ValueSpan;
        return span.IsEmpty || span[0] <= ' ' || span[^1] <= ' ' ? null : shared?.Get(span) ?? reader.GetString();
    }

    private static bool IsFhirId(string id) =>
        id.Length is >= 1 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.');

    private static bool IsFhirCode(string code) => !code.Contains("  ", StringComparison.Ordinal) && code.All(c => c >= ' ');
}
