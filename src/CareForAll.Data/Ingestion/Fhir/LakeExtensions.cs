using System.Globalization;
using Hl7.Fhir.Model;

namespace CareForAll.Data.Ingestion.Fhir;

/// <summary>Reads and writes lake columns carried as CareForAll extensions (<see cref="FhirSystems.LakeColumnExtension"/>).</summary>
internal static class LakeExtensions
{
    /// <summary>Fills every column of <paramref name="row"/> still null from its extension on <paramref name="resource"/>, if present.</summary>
    public static string? Fill(DomainResource resource, LakeTable table, object?[] row)
    {
        foreach (var extension in resource.Extension)
        {
            if (extension.Url is not { } url || !url.StartsWith(FhirSystems.LakeColumnExtension, StringComparison.Ordinal))
            {
                continue;
            }

            var name = url[FhirSystems.LakeColumnExtension.Length..];
            var index = table.Columns.ToList().FindIndex(c => c.Name == name);
            if (index < 0)
            {
                return $"extension {url} names no column of {table.Name}";
            }

            if (row[index] is null && !TryValue(extension.Value, table.Columns[index].Type, out row[index], out var reason))
            {
                return $"{name}: {reason}";
            }
        }

        return null;
    }

    /// <summary>The lake value of a FHIR primitive for a column of <paramref name="type"/>.</summary>
    public static bool TryValue(DataType? value, LakeType type, out object? result, out string? reason)
    {
        var text = value switch
        {
            null => "",
            FhirBoolean b => b.Value is { } flag ? (flag ? "true" : "false") : "",
            FhirDecimal d => d.Value?.ToString(CultureInfo.InvariantCulture) ?? "",
            Integer i => i.Value?.ToString(CultureInfo.InvariantCulture) ?? "",
            PrimitiveType p => p.ToString() ?? "",
            Coding c => c.Code ?? "",
            CodeableConcept cc => cc.Coding.FirstOrDefault()?.Code ?? cc.Text ?? "",
            _ => null,
        };
        if (text is null)
        {
            result = null;
            reason = $"a {value!.TypeName} cannot hold a lake value";
            return false;
        }

        return FieldText.TryParse(text, type, out result, out reason);
    }

    /// <summary>Adds the extension for column <paramref name="name"/> when <paramref name="value"/> is not null.</summary>
    public static void Add(DomainResource resource, string name, object? value)
    {
        if (ToFhir(value) is { } fhir)
        {
            resource.Extension.Add(new Extension(FhirSystems.LakeColumnExtension + name, fhir));
        }
    }

    /// <summary>The FHIR primitive holding a lake value.</summary>
    public static DataType? ToFhir(object? value) => value switch
    {
        null => null,
        string s => new FhirString(s),
        long l => new FhirString(l.ToString(CultureInfo.InvariantCulture)),
        int i => new Integer(i),
        sbyte b => new Integer(b),
        double d => new FhirDecimal(decimal.Parse(d.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture)),
        bool b => new FhirBoolean(b),
        DateOnly d => new Date(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTime t => new FhirDateTime(new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc))),
        _ => new FhirString(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };
}
