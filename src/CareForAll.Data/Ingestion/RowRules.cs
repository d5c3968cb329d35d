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

    private static readonly Dictionary<string, TablePlan> Plans = LakeSchema.Tables.ToDictionary(t => t.Name, t => new TablePlan(t));

    /// <summary>The plans in <see cref="LakeSchema.Tables"/> order, found by reference (several times a row) before by name.</summary>
    private static readonly (LakeTable Table, TablePlan Plan)[] PlansByReference = [.. LakeSchema.Tables.Select(t => (t, Plans[t.Name]))];

    private static TablePlan PlanOf(LakeTable table)
    {
        foreach (var (known, plan) in PlansByReference)
        {
            if (ReferenceEquals(known, table))
            {
                return plan;
            }
        }

        return Plans[table.Name];
    }

    /// <summary>
    /// Every check that needs only the row itself (all but references), normalising codes in place; safe to run on
    /// several rows at once. The first problem as (field, reason), or null.
    /// </summary>
    public static (string Field, string Reason)? CheckValues(LakeTable table, object?[] row, DateOnly latestDate)
    {
        var plan = PlanOf(table);
        if (plan.CheckOrder(row) is { } order)
        {
            return order;
        }

        for (var i = 0; i < row.Length; i++)
        {
            var column = plan.Columns[i];
            var value = row[i];
            if (value is null)
            {
                if (!column.Column.Nullable)
                {
                    return (column.Column.Name, "required field is empty");
                }

                continue;
            }

            string? problem;
            if (value is string text)
            {
                (row[i], problem) = column.Text.Get(text);
            }
            else
            {
                problem = CheckValue(column, value, latestDate);
            }

            if (problem is not null)
            {
                return (column.Column.Name, problem);
            }
        }

        return null;
    }

    /// <summary>
    /// The columns of <paramref name="table"/> that name a row of another table, with that table and the type of its
    /// key, in the order <see cref="AddReferenceKeys"/> gives their keys.
    /// </summary>
    public static (int Index, LakeTable Target, LakeType KeyType)[] References(LakeTable table) => PlanOf(table).References;

    /// <summary>
    /// Adds to <paramref name="keys"/> the <see cref="RowKey"/> of each row <paramref name="row"/> names in another table
    /// (null where the value is empty), in the order <see cref="CheckReferences"/> checks them; safe to run on several
    /// rows at once.
    /// </summary>
    public static void AddReferenceKeys(LakeTable table, object?[] row, List<UInt128?> keys)
    {
        foreach (var (index, target, keyType) in PlanOf(table).References)
        {
            keys.Add(row[index] is { } value ? RowKey.OfValue(keyType, value) : null);
        }
    }

    /// <summary>
    /// Whether the patients, spells and organisations a row names exist, given the <paramref name="keys"/> of
    /// <see cref="AddReferenceKeys"/> and the row's values at <paramref name="row"/> of <paramref name="values"/> (for
    /// the message); the first that does not as (field, reason), or null.
    /// </summary>
    public static (string Field, string Reason)? CheckReferences(LakeTable table, ReadOnlySpan<UInt128?> keys, ColumnChunk values, int row, IReferenceLookup references)
    {
        var plan = PlanOf(table);
        bool? knowsOrganisations = null;
        for (var i = 0; i < plan.References.Length; i++)
        {
            var (index, target, _) = plan.References[i];
            if (keys[i] is not { } key)
            {
                continue;
            }

            if (target == LakeSchema.Organisation && !(knowsOrganisations ??= references.HasRows(LakeSchema.Organisation)))
            {
                continue;
            }

            if (references.Exists(target, key))
            {
                continue;
            }

            var name = table.Columns[index].Name;
            var what = target == LakeSchema.Patient ? "patient" : target == LakeSchema.Spell ? "spell" : "organisation";
            return (name, $"{what} {values.Value(index, row)} is not in the lake or this load");
        }

        return null;
    }

    private static string? CheckValue(ColumnPlan column, object value, DateOnly latestDate)
    {
        switch (value)
        {
            case DateOnly date when date < EarliestDate || date > latestDate:
                return $"date {date:yyyy-MM-dd} is outside {EarliestDate:yyyy-MM-dd} to {latestDate:yyyy-MM-dd}";
            case DateTime time when DateOnly.FromDateTime(time) < EarliestDate || DateOnly.FromDateTime(time) > latestDate:
                return $"time {time:yyyy-MM-ddTHH:mm} is outside {EarliestDate:yyyy-MM-dd} to {latestDate:yyyy-MM-dd}";
            case long or int or sbyte or double:
                var number = value switch { long l => l, int i => i, sbyte b => b, _ => (double)value };
                if (column.Range is { } range && (number < range.Min || number > range.Max))
                {
                    return $"{number} is outside {range.Min} to {range.Max}";
                }

                if (number < 0 && column.IsCount)
                {
                    return $"count {number} is negative";
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>The outcome for one text value: its normalised form, or why it is refused.</summary>
    private static (string Value, string? Reason) CheckText(LakeTable table, LakeColumn column, string text)
    {
        if (text.Length > MaxFieldLength)
        {
            return (text, $"field is {text.Length:N0} characters, more than {MaxFieldLength:N0}");
        }

        if (text.AsSpan().IndexOfAnyInRange('\u0000', '\u001f') >= 0 || text.Contains('\uFFFD', StringComparison.Ordinal))
        {
            return (text, "text holds control characters or bytes that are not UTF-8");
        }

        var normalised = NormaliseCode(table, column.Name, text, out var reason);
        if (reason is not null)
        {
            return (text, reason);
        }

        if (!column.Nullable && normalised.Length == 0 && column.Name is not ("secondary_diagnoses" or "procedures"))
        {
            return (normalised, "required field is empty");
        }

        return (normalised, null);
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

    /// <summary>What is checked in one column.</summary>
    private sealed class ColumnPlan(LakeTable table, LakeColumn column)
    {
        public LakeColumn Column { get; } = column;

        public (double Min, double Max)? Range { get; } = Ranges.TryGetValue(column.Name, out var range) ? range : null;

        public bool IsCount { get; } = column.Type == LakeType.BigInt && !column.Name.EndsWith("_id", StringComparison.Ordinal);

        public TextCache<(string Value, string? Reason)> Text { get; } = new(text => CheckText(table, column, text));
    }

    /// <summary>What is checked in the rows of one table: each column, the order of two dates, the references.</summary>
    private sealed class TablePlan
    {
        private readonly int _earlier = -1;
        private readonly int _later = -1;
        private readonly string _earlierName = "";
        private readonly string _laterName = "";

        public TablePlan(LakeTable table)
        {
            Columns = [.. table.Columns.Select(c => new ColumnPlan(table, c))];
            if (DateOrder.TryGetValue(table.Name, out var order))
            {
                (_earlier, _later, _earlierName, _laterName) = (table.IndexOf(order.Earlier), table.IndexOf(order.Later), order.Earlier, order.Later);
            }

            var referencing = !(table == LakeSchema.Patient || table == LakeSchema.Organisation || table == LakeSchema.AeMonthly
                || table == LakeSchema.Quarantine || table == LakeSchema.Population);
            References = referencing
                ? [.. table.Columns.Select((c, i) => (i, Target: c.Name switch
                {
                    "patient_id" => LakeSchema.Patient,
                    "spell_id" when table != LakeSchema.Spell => LakeSchema.Spell,
                    "provider_code" or "site_code" or "practice_code" or "commissioner_code" => LakeSchema.Organisation,
                    _ => null,
                })).Where(r => r.Target is not null).Select(r => (r.i, r.Target!, r.Target!.Columns[RowKey.Positions(r.Target!)[0]].Type))]
                : [];
        }

        public ColumnPlan[] Columns { get; }

        /// <summary>The columns that name a row of another table, in column order, with the type of that table's key.</summary>
        public (int Index, LakeTable Target, LakeType KeyType)[] References { get; }

        public (string, string)? CheckOrder(object?[] row)
        {
            if (_earlier < 0 || row[_earlier] is not { } earlier || row[_later] is not { } later)
            {
                return null;
            }

            return Comparer<object>.Default.Compare(later, earlier) < 0 ? (_laterName, $"{_laterName} is before {_earlierName}") : null;
        }
    }
}
