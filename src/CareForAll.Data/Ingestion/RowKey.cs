using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace CareForAll.Data.Ingestion;

/// <summary>
/// The natural key of a lake row as a 128-bit XxHash of its key columns written canonically, so a key read back
/// from the lake (through DuckDB) and one parsed from a source file compare equal. Each table's key columns are
/// listed in docs/ingest.md.
/// </summary>
internal static class RowKey
{
    private static readonly Dictionary<string, string[]> KeyColumns = new()
    {
        ["organisation"] = ["code"],
        ["patient"] = ["patient_id"],
        ["gp_registration"] = ["patient_id", "practice_code", "start_date"],
        ["spell"] = ["spell_id"],
        ["ae_attendance"] = ["attendance_id"],
        ["proms_response"] = ["patient_id", "spell_id", "stage"],
        ["experience_response"] = ["response_id"],
        ["safety_event"] = ["event_id"],
        ["bed_days"] = ["provider_code", "month"],
        ["referral"] = ["pathway_id"],
        ["population"] = ["area_code", "area_kind", "year", "sex", "age_band"],
        ["ae_monthly"] = ["provider_code", "month"],
        ["quarantine"] = ["source_sha256", "line"],
    };

    /// <summary>The positions of the key columns of <paramref name="table"/>; every column when the table has no narrower key.</summary>
    public static int[] Positions(LakeTable table) =>
        KeyColumns.TryGetValue(table.Name, out var names)
            ? [.. names.Select(table.IndexOf)]
            : [.. Enumerable.Range(0, table.Columns.Count)];

    /// <summary>The key column names of <paramref name="table"/>.</summary>
    public static IEnumerable<string> Names(LakeTable table) => Positions(table).Select(i => table.Columns[i].Name);

    /// <summary>The key of a row given its values in table order.</summary>
    public static UInt128 Of(LakeTable table, int[] positions, IReadOnlyList<object?> row)
    {
        var text = new StringBuilder(64);
        foreach (var position in positions)
        {
            Append(text, table.Columns[position].Type, row[position]);
        }

        return Hash(text);
    }

    /// <summary>The key of a single-column key holding <paramref name="value"/> (a reference to another table's row).</summary>
    public static UInt128 OfValue(LakeType type, object value)
    {
        var text = new StringBuilder(24);
        Append(text, type, value);
        return Hash(text);
    }

    private static UInt128 Hash(StringBuilder text)
    {
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return XxHash128.HashToUInt128(bytes);
    }

    private static void Append(StringBuilder text, LakeType type, object? value)
    {
        var invariant = CultureInfo.InvariantCulture;
        _ = value switch
        {
            null => text.Append('\u0000'),
            DateOnly d => text.Append(d.ToString("yyyy-MM-dd", invariant)),
            DateTime t when type == LakeType.Date => text.Append(DateOnly.FromDateTime(t).ToString("yyyy-MM-dd", invariant)),
            DateTime t => text.Append(t.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", invariant)),
            double x => text.Append(x.ToString("R", invariant)),
            bool b => text.Append(b ? '1' : '0'),
            IConvertible c when type is LakeType.BigInt or LakeType.Integer or LakeType.TinyInt => text.Append(c.ToInt64(invariant)),
            _ => text.Append(Convert.ToString(value, invariant)),
        };
        text.Append('\u001f');
    }
}
