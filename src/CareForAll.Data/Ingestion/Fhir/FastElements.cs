using System.Globalization;
using System.Text.Json;
using CareForAll.Core.Text;

namespace CareForAll.Data.Ingestion.Fhir;

/// <summary>
/// The element readers <see cref="FhirFastPath"/> shares between resource types: each reads one element in the plain
/// form the exporter writes and returns false for anything else (the line then falls back to Firely).
/// </summary>
internal static class FastElements
{
    /// <summary>Repeated texts (systems, codes, units, ODS codes) are made into strings once.</summary>
    public static readonly TextCache<string> Codes = new(text => text);

    [ThreadStatic]
    private static (string Digits, long PatientId)? _lastPatient;

    /// <summary>The code systems a coding may name on the fast path.</summary>
    public enum CodeSystem
    {
        Other,
        Snomed,
        Loinc,
        EthnicCategory,
        Icd10,
        Opcs4,
        BnfSection,
        ActCode,
        DischargeMethod,
        AeDisposal,
    }

    /// <summary>A coding with exactly a system (one this path knows) and a code.</summary>
    public static bool Coding(ref Utf8JsonReader reader, out CodeSystem system, out string code)
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

                system = SystemOf(ref reader);
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

    private static CodeSystem SystemOf(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals(FhirSystems.Snomed) ? CodeSystem.Snomed
        : reader.ValueTextEquals(FhirSystems.Loinc) ? CodeSystem.Loinc
        : reader.ValueTextEquals(FhirSystems.EthnicCategory) ? CodeSystem.EthnicCategory
        : reader.ValueTextEquals(FhirSystems.Icd10) ? CodeSystem.Icd10
        : reader.ValueTextEquals(FhirSystems.Opcs4) ? CodeSystem.Opcs4
        : reader.ValueTextEquals(FhirSystems.BnfSection) ? CodeSystem.BnfSection
        : reader.ValueTextEquals(FhirSystems.ActCode) ? CodeSystem.ActCode
        : reader.ValueTextEquals(FhirSystems.DischargeMethod) ? CodeSystem.DischargeMethod
        : reader.ValueTextEquals(FhirSystems.AeDisposal) ? CodeSystem.AeDisposal
        : CodeSystem.Other;

    /// <summary>
    /// A CodeableConcept <c>{"coding":[…]}</c> (optionally with a plain <c>text</c> when <paramref name="text"/> is
    /// wanted): the codings in order, at least one.
    /// </summary>
    public static bool Concept(ref Utf8JsonReader reader, List<(CodeSystem System, string Code)> codings, out string? text, bool textAllowed = false)
    {
        text = null;
        codings.Clear();
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var seen = 0;
        while (NextProperty(ref reader))
        {
            if (Once(ref reader, "coding"u8, 0, ref seen))
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
                {
                    return false;
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    if (!Coding(ref reader, out var system, out var code))
                    {
                        return false;
                    }

                    codings.Add((system, code));
                }

                if (reader.TokenType != JsonTokenType.EndArray || codings.Count == 0)
                {
                    return false;
                }
            }
            else if (!textAllowed || !Once(ref reader, "text"u8, 1, ref seen) || (text = Text(ref reader)) is null)
            {
                return false;
            }
        }

        return (seen & 1) == 1;
    }

    /// <summary>subject: an NHS number identifier or a <c>Patient/id</c> reference, as the patient id it stands for.</summary>
    public static bool Subject(ref Utf8JsonReader reader, out long patientId)
    {
        patientId = 0;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !NextProperty(ref reader))
        {
            return false;
        }

        if (reader.ValueTextEquals("identifier"u8))
        {
            return Identifier(ref reader, out var system, out var value) && system == FhirSystems.NhsNumber && PatientId(value, out patientId)
                && reader.Read() && reader.TokenType == JsonTokenType.EndObject;
        }

        if (reader.ValueTextEquals("reference"u8) && Text(ref reader) is { } reference && reference.StartsWith("Patient/", StringComparison.Ordinal)
            && IsFhirId(reference["Patient/".Length..]))
        {
            patientId = PatientKey.FromResourceId(reference["Patient/".Length..]);
            return reader.Read() && reader.TokenType == JsonTokenType.EndObject;
        }

        return false;
    }

    /// <summary>identifier (Patient): the first NHS number identifier sets patient_id.</summary>
    public static bool Identifiers(ref Utf8JsonReader reader, object?[] row)
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
                if (!PatientId(value, out var id))
                {
                    return false;
                }

                row[0] = id;
            }
        }

        return reader.TokenType == JsonTokenType.EndArray && found;
    }

    /// <summary>An array of references by ODS identifier: the first one's code goes to <paramref name="column"/>.</summary>
    public static bool References(ref Utf8JsonReader reader, object?[] row, int column)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var first = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            if (!ReferenceBody(ref reader, out var code))
            {
                return false;
            }

            if (first)
            {
                row[column] = code;
                first = false;
            }
        }

        return reader.TokenType == JsonTokenType.EndArray && !first;
    }

    /// <summary>One reference by identifier: its value when the system is an ODS one, else null.</summary>
    public static bool Reference(ref Utf8JsonReader reader, out string? odsCode)
    {
        odsCode = null;
        return reader.Read() && reader.TokenType == JsonTokenType.StartObject && ReferenceBody(ref reader, out odsCode);
    }

    private static bool ReferenceBody(ref Utf8JsonReader reader, out string? odsCode)
    {
        odsCode = null;
        if (!NextProperty(ref reader) || !reader.ValueTextEquals("identifier"u8) || !Identifier(ref reader, out var system, out var value)
            || !reader.Read() || reader.TokenType != JsonTokenType.EndObject)
        {
            return false;
        }

        odsCode = system is FhirSystems.OdsOrganisation or FhirSystems.OdsSite ? value : null;
        return true;
    }

    public static bool Identifier(ref Utf8JsonReader reader, out string system, out string value)
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

    /// <summary>
    /// The extensions: CareForAll lake columns (collected into <paramref name="lake"/> for <see cref="FillExtensions"/>)
    /// and the UK Core ethnic category (the first one's code), each a url and one plain value.
    /// </summary>
    public static bool Extensions(ref Utf8JsonReader reader, List<(string Column, string Text)> lake, ref string? ethnicCategory)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

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

                ethnicCategory ??= code;
            }
            else if (url.StartsWith(FhirSystems.LakeColumnExtension, StringComparison.Ordinal) && ExtensionValue(ref reader) is { } text)
            {
                lake.Add((url[FhirSystems.LakeColumnExtension.Length..], text));
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

        return reader.TokenType == JsonTokenType.EndArray && any;
    }

    /// <summary>As <see cref="LakeExtensions.Fill"/>, after the standard elements: only columns still empty, in extension order.</summary>
    public static bool FillExtensions(LakeTable table, object?[] row, List<(string Column, string Text)> lake)
    {
        foreach (var (name, text) in lake)
        {
            var column = ColumnIndex(table, name);
            if (column < 0 || (row[column] is null && !FieldText.TryParse(text, table.Columns[column].Type, out row[column], out _)))
            {
                return false;
            }
        }

        return true;
    }

    private static int ColumnIndex(LakeTable table, string name)
    {
        for (var i = 0; i < table.Columns.Count; i++)
        {
            if (table.Columns[i].Name == name)
            {
                return i;
            }
        }

        return -1;
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
    public static bool Date(ref Utf8JsonReader reader, object?[] row, int column) =>
        reader.Read() && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped
        && FieldText.TryIsoDate(reader.ValueSpan, out var date) && (row[column] = date) is not null;

    /// <summary>A string value equal to one of <paramref name="codes"/> (a FHIR required-binding code).</summary>
    public static bool OneOf(ref Utf8JsonReader reader, params ReadOnlySpan<string> codes)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            return false;
        }

        foreach (var code in codes)
        {
            if (reader.ValueTextEquals(code))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The patient id of NHS number <paramref name="digits"/>; false when it is not a valid NHS number.</summary>
    public static bool PatientId(string digits, out long patientId)
    {
        if (_lastPatient is { } last && last.Digits == digits)
        {
            patientId = last.PatientId;
            return true;
        }

        var number = NhsNumberPattern.Parse(digits);
        patientId = number.Success ? PatientKey.FromNhsNumber(number.Value) : 0;
        if (number.Success)
        {
            _lastPatient = (digits, patientId);
        }

        return number.Success;
    }

    /// <summary>Moves to the next property name; false at the end of the object.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader) => reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    /// <summary>True when the current property is <paramref name="name"/> and was not seen before in this object (bit <paramref name="bit"/> of <paramref name="seen"/>).</summary>
    public static bool Once(ref Utf8JsonReader reader, ReadOnlySpan<byte> name, int bit, ref int seen)
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
    public static string? Text(ref Utf8JsonReader reader, TextCache<string>? shared = null)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            return null;
        }

        var span = reader.ValueSpan;
        return span.IsEmpty || span[0] <= ' ' || span[^1] <= ' ' ? null : shared?.Get(span) ?? reader.GetString();
    }

    public static bool IsFhirId(string id) =>
        id.Length is >= 1 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.');

    public static bool IsFhirCode(string code) => !code.Contains("  ", StringComparison.Ordinal) && code.All(c => c >= ' ');
}
