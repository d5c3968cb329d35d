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

    /// <summary>Bytes of key text built on the stack; longer keys take a rented buffer.</summary>
    private const int StackBytes = 256;

    /// <summary>The positions of the key columns of <paramref name="table"/>; every column when the table has no narrower key.</summary>
    public static int[] Positions(LakeTable table) => PositionsByTable[table.Name];

    /// <summary>The key column names of <paramref name="table"/>.</summary>
    public static IEnumerable<string> Names(LakeTable table) => Positions(table).Select(i => table.Columns[i].Name);

    /// <summary>The key of a row given its values in table order.</summary>
    public static UInt128 Of(LakeTable table, IReadOnlyList<object?> row)
    {
        var positions = Positions(table);
        Span<byte> stack = stackalloc byte[StackBytes];
        var length = Write(stack, table, positions, row);
        if (length >= 0)
        {
            return XxHash128.HashToUInt128(stack[..length]);
        }

        var most = 0;
        foreach (var position in positions)
        {
            most += MostBytes(row[position]);
        }

        var rented = ArrayPool<byte>.Shared.Rent(most);
        length = Write(rented, table, positions, row);
        var key = XxHash128.HashToUInt128(rented.AsSpan(0, length));
        ArrayPool<byte>.Shared.Return(rented);
        return key;
    }

    /// <summary>The key of a single-column key holding <paramref name="value"/> (a reference to another table's row).</summary>
    public static UInt128 OfValue(LakeType type, object value)
    {
        Span<byte> stack = stackalloc byte[StackBytes];
        var length = Append(stack, type, value);
        if (length >= 0)
        {
            return XxHash128.HashToUInt128(stack[..length]);
        }

        var rented = ArrayPool<byte>.Shared.Rent(MostBytes(value));
        length = Append(rented, type, value);
        var key = XxHash128.HashToUInt128(rented.AsSpan(0, length));
        ArrayPool<byte>.Shared.Return(rented);
        return key;
    }

    /// <summary>Writes the key columns of <paramref name="row"/> into <paramref name="span"/>; the bytes written, or −1 when they do not fit.</summary>
    private static int Write(Span<byte> span, LakeTable table, int[] positions, IReadOnlyList<object?> row)
    {
        var length = 0;
        foreach (var position in positions)
        {
            var written = Append(span[length..], table.Columns[position].Type, row[position]);
            if (written < 0)
            {
                return -1;
            }

            length += written;
        }

        return length;
    }

    /// <summary>The most bytes <see cref="Append"/> can write for <paramref name="value"/>.</summary>
    private static int MostBytes(object? value) => 9 + Encoding.UTF8.GetMaxByteCount(Text(value).Length);

    private static string Text(object? value) => value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    /// <summary>
    /// Writes the value in a canonical binary form decided by the column type, so a value read back from the lake and
    /// one parsed from a source compare equal: a null marker, or a value marker and the value (whole numbers as 64-bit,
    /// dates as day numbers, timestamps as ticks, doubles as their bits, text as length and UTF-8). Returns the bytes
    /// written, or −1 when <paramref name="span"/> is too short.
    /// </summary>
    private static int Append(Span<byte> span, LakeType type, object? value)
    {
        if (span.Length < 9)
        {
            return -1;
        }

        if (value is null)
        {
            span[0] = 0;
            return 1;
        }

        var invariant = CultureInfo.InvariantCulture;
        span[0] = 1;
        var body = span[1..];
        switch (type)
        {
            case LakeType.BigInt or LakeType.Integer or LakeType.TinyInt:
                return 1 + Put(body, value switch { long l => l, int i => i, sbyte b => b, _ => Convert.ToInt64(value, invariant) });
            case LakeType.Date:
                return 1 + Put(body, value is DateTime t ? DateOnly.FromDateTime(t).DayNumber : ((DateOnly)value).DayNumber);
            case LakeType.Timestamp:
                return 1 + Put(body, ((DateTime)value).Ticks);
            case LakeType.Double:
                return 1 + Put(body, BitConverter.DoubleToInt64Bits(Convert.ToDouble(value, invariant)));
            case LakeType.Boolean:
                body[0] = (bool)value ? (byte)1 : (byte)0;
                return 2;
            default:
                if (!Encoding.UTF8.TryGetBytes(Text(value), span[5..], out var written))
                {
                    return -1;
                }

                BinaryPrimitives.WriteInt32LittleEndian(span[1..], written);
                return 5 + written;
        }
    }

    private static int Put(Span<byte> span, long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(span, value);
        return 8;
    }
}
