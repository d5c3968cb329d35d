using System.Buffers;
using System.Buffers.Binary;
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

    private static readonly Dictionary<string, int[]> PositionsByTable = LakeSchema.Tables.ToDictionary(
        t => t.Name,
        t => KeyColumns.TryGetValue(t.Name, out var names) ? names.Select(t.IndexOf).ToArray() : [.. Enumerable.Range(0, t.Columns.Count)]);

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _text;

    /// <summary>The positions of the key columns of <paramref name="table"/>; every column when the table has no narrower key.</summary>
    public static int[] Positions(LakeTable table) => PositionsByTable[table.Name];

    /// <summary>The key column names of <paramref name="table"/>.</summary>
    public static IEnumerable<string> Names(LakeTable table) => Positions(table).Select(i => table.Columns[i].Name);

    /// <summary>The key of a row given its values in table order.</summary>
    public static UInt128 Of(LakeTable table, IReadOnlyList<object?> row)
    {
        var text = Start();
        foreach (var position in Positions(table))
        {
            Append(text, table.Columns[position].Type, row[position]);
        }

        return XxHash128.HashToUInt128(text.WrittenSpan);
    }

    /// <summary>The key of a single-column key holding <paramref name="value"/> (a reference to another table's row).</summary>
    public static UInt128 OfValue(LakeType type, object value)
    {
        var text = Start();
        Append(text, type, value);
        return XxHash128.HashToUInt128(text.WrittenSpan);
    }

    private static ArrayBufferWriter<byte> Start()
    {
        var text = _text ??= new ArrayBufferWriter<byte>(256);
        text.ResetWrittenCount();
        return text;
    }

    /// <summary>
    /// Writes the value in a canonical binary form decided by the column type, so a value read back from the lake and
    /// one parsed from a source compare equal: a null marker, or a value marker and the value (whole numbers as 64-bit,
    /// dates as day numbers, timestamps as ticks, doubles as their bits, text as length and UTF-8).
    /// </summary>
    private static void Append(ArrayBufferWriter<byte> text, LakeType type, object? value)
    {
        if (value is null)
        {
            text.Write([(byte)0]);
            return;
        }

        var invariant = CultureInfo.InvariantCulture;
        var span = text.GetSpan(16);
        span[0] = 1;
        var body = span[1..];
        int written;
        switch (type)
        {
            case LakeType.BigInt or LakeType.Integer or LakeType.TinyInt:
                written = Put(body, value switch { long l => l, int i => i, sbyte b => b, _ => Convert.ToInt64(value, invariant) });
                break;
            case LakeType.Date:
                written = Put(body, value is DateTime t ? DateOnly.FromDateTime(t).DayNumber : ((DateOnly)value).DayNumber);
                break;
            case LakeType.Timestamp:
                written = Put(body, ((DateTime)value).Ticks);
                break;
            case LakeType.Double:
                written = Put(body, BitConverter.DoubleToInt64Bits(Convert.ToDouble(value, invariant)));
                break;
            case LakeType.Boolean:
                body[0] = (bool)value ? (byte)1 : (byte)0;
                written = 1;
                break;
            default:
                var textValue = Convert.ToString(value, invariant) ?? "";
                span = text.GetSpan(5 + Encoding.UTF8.GetMaxByteCount(textValue.Length));
                span[0] = 1;
                written = Encoding.UTF8.GetBytes(textValue, span[5..]);
                BinaryPrimitives.WriteInt32LittleEndian(span[1..], written);
                written += 4;
                break;
        }

        text.Advance(1 + written);
    }

    private static int Put(Span<byte> span, long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(span, value);
        return 8;
    }
}
