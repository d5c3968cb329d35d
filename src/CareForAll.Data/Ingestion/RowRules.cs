using CareForAll.Core.Text;

namespace CareForAll.Data.Ingestion;

/// <summary>
/// The checks every record passes before it is loaded, whatever its format (docs/ingest.md, "Validation"): required
/// fields, text that is valid and not huge, code formats (ODS, ICD-10, OPCS-4, SNOMED CT through the Core patterns),
/// sex, value ranges, dates in range and in order, and references that resolve. Codes are normalised in place
/// (upper case, no dots). Returns the first failure as (field, reason), or null.
/// </summary>
internal static class RowRules
{
    /// <summary>Longest text accepted in one field.</summary>
    public const int MaxFieldLength = 4000;

    /// <summary>Earliest date accepted anywhere.</summary>
    public static readonly DateOnly EarliestDate = new(1890, 1, 1);

    private static readonly HashSet<string> OdsColumns =
        ["parent_code", "provider_code", "site_code", "practice_code", "commissioner_code", "area_code"];

    private static readonly Dictionary<string, (string Earlier, string Later)> DateOrder = new()
    {
        ["spell"] = ("admission_date", "discharge_date"),
        ["ae_attendance"] = ("arrival_time", "departure_time"),
        ["patient"] = ("birth_date", "death_date"),
        ["gp_registration"] = ("start_date", "end_date"),
        ["organisation"] = ("opened", "closed"),
        ["referral"] = ("referral_date", "clock_stop_date"),
    };

    private static readonly Dictionary<string, (double Min, double Max)> Ranges = new()
    {
        ["age"] = (0, 130),
        ["age_on_admission"] = (0, 130),
        ["imd_decile"] = (1, 10),
        ["eq5d_vas"] = (0, 100),
        ["oxford_score"] = (0, 48),
        ["answer"] = (1, 6),
        ["department_type"] = (1, 3),
        ["los_days"] = (0, 36500),
        ["eq5d_index"] = (-1, 1),
        ["latitude"] = (-90, 90),
        ["longitude"] = (-180, 180),
    };

    /// <summary>Checks and normalises <paramref name="row"/>; the first problem as (field, reason), or null when it passes.</summary>
    public static (string Field, string Reason)? Check(LakeTable table, object?[] row, IReferenceLookup references, DateOnly latestDate)
    {
        if (CheckOrder(table, row) is { } order)
        {
            return order;
        }

        for (var i = 0; i < row.Length; i++)
        {
            var column = table.Columns[i];
            var value = row[i];
            if (value is null)
            {
                if (!column.Nullable)
                {
                    return (column.Name, "required field is empty");
                }

                continue;
            }

            var problem = CheckValue(table, column, ref row[i], latestDate);
            if (problem is not null)
            {
                return (column.Name, problem);
            }
        }

        return CheckReferences(table, row, references);
    }

    private static string? CheckValue(LakeTable table, LakeColumn column, ref object? value, DateOnly latestDate)
    {
        switch (value)
        {
            case string text:
                if (text.Length > MaxFieldLength)
                {
                    return $"field is {text.Length:N0} characters, more than {MaxFieldLength:N0}";
                }

                if (text.AsSpan().IndexOfAnyInRange('\u0000', '\u001f') >= 0 || text.Contains('\uFFFD', StringComparison.Ordinal))
                {
                    return "text holds control characters or bytes that are not UTF-8";
                }

                var normalised = NormaliseCode(table, column.Name, text, out var reason);
                if (reason is not null)
                {
                    return reason;
                }

                value = normalised;
                if (!column.Nullable && normalised.Length == 0 && column.Name is not ("secondary_diagnoses" or "procedures"))
                {
                    return "required field is empty";
                }

                return null;
            case DateOnly date when date < EarliestDate || date > latestDate:
                return $"date {date:yyyy-MM-dd} is outside {EarliestDate:yyyy-MM-dd} to {latestDate:yyyy-MM-dd}";
            case DateTime time when DateOnly.FromDateTime(time) < EarliestDate || DateOnly.FromDateTime(time) > latestDate:
                return $"time {time:yyyy-MM-ddTHH:mm} is outside {EarliestDate:yyyy-MM-dd} to {latestDate:yyyy-MM-dd}";
            case long or int or sbyte or double:
                var number = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                if (Ranges.TryGetValue(column.Name, out var range) && (number < range.Min || number > range.Max))
                {
                    return $"{number} is outside {range.Min} to {range.Max}";
                }

                if (number < 0 && column.Type == LakeType.BigInt && !column.Name.EndsWith("_id", StringComparison.Ordinal))
                {
                    return $"count {number} is negative";
                }

                return null;
            default:
                return null;
        }
    }

    private static string NormaliseCode(LakeTable table, string column, string text, out string? reason)
    {
        reason = null;
        if (text.Length == 0)
        {
            return text;
        }

        if (OdsColumns.Contains(column) || (table == LakeSchema.Organisation && column == "code"))
        {
            var ods = OdsCodePattern.Parse(text);
            reason = ods.ErrorMessage;
            return ods.Success ? ods.Value.ToString() : text;
        }

        switch (table.Name, column)
        {
            case (_, "sex"):
                reason = text is "F" or "M" ? null : $"sex '{FieldText.Shorten(text)}' is not F or M";
                return text;
            case ("spell", "primary_diagnosis"):
            case ("patient", "death_cause"):
                return Icd10(text, ref reason);
            case ("spell", "secondary_diagnoses"):
                return CodeList(text, ref reason, Icd10);
            case ("spell", "primary_procedure"):
                return Opcs4(text, ref reason);
            case ("spell", "procedures"):
                return CodeList(text, ref reason, Opcs4);
            case ("condition", "code"):
            case ("observation", "code"):
                var snomed = SnomedConceptIdPattern.Parse(text);
                reason = snomed.ErrorMessage;
                return text;
            default:
                return text;
        }
    }

    private static string Icd10(string text, ref string? reason)
    {
        var parsed = Icd10CodePattern.Parse(text);
        reason ??= parsed.ErrorMessage;
        return parsed.Success ? parsed.Value.Compact : text;
    }

    private static string Opcs4(string text, ref string? reason)
    {
        var parsed = Opcs4CodePattern.Parse(text);
        reason ??= parsed.ErrorMessage;
        return parsed.Success ? parsed.Value.Compact : text;
    }

    private delegate string CodeParser(string text, ref string? reason);

    private static string CodeList(string text, ref string? reason, CodeParser parse)
    {
        var parts = text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = parse(parts[i], ref reason);
        }

        return string.Join(';', parts);
    }

    private static (string, string)? CheckOrder(LakeTable table, object?[] row)
    {
        if (!DateOrder.TryGetValue(table.Name, out var order))
        {
            return null;
        }

        var earlier = row[table.IndexOf(order.Earlier)];
        var later = row[table.IndexOf(order.Later)];
        if (earlier is null || later is null)
        {
            return null;
        }

        return Comparer<object>.Default.Compare(later, earlier) < 0
            ? (order.Later, $"{order.Later} is before {order.Earlier}")
            : null;
    }

    private static (string, string)? CheckReferences(LakeTable table, object?[] row, IReferenceLookup references)
    {
        if (table == LakeSchema.Patient || table == LakeSchema.Organisation || table == LakeSchema.AeMonthly
            || table == LakeSchema.Quarantine || table == LakeSchema.Population)
        {
            return null;
        }

        var knowsOrganisations = references.HasRows(LakeSchema.Organisation);
        for (var i = 0; i < row.Length; i++)
        {
            var name = table.Columns[i].Name;
            var value = row[i];
            if (value is null)
            {
                continue;
            }

            if (name == "patient_id" && !references.Exists(LakeSchema.Patient, value))
            {
                return (name, $"patient {value} is not in the lake or this load");
            }

            if (name == "spell_id" && table != LakeSchema.Spell && !references.Exists(LakeSchema.Spell, value))
            {
                return (name, $"spell {value} is not in the lake or this load");
            }

            if (knowsOrganisations && name is "provider_code" or "site_code" or "practice_code" or "commissioner_code"
                && !references.Exists(LakeSchema.Organisation, value))
            {
                return (name, $"organisation {value} is not in the lake or this load");
            }
        }

        return null;
    }
}
