using System.Runtime.CompilerServices;

namespace CareForAll.Data;

/// <summary>
/// A block of rows held column by column in typed arrays (one array per column, value types nullable only
/// when the column is), filled by <see cref="ParquetTableWriter"/> and written as one Parquet row group. Ingestion
/// also uses one per chunk of source lines, to carry the rows parsed in parallel to the writer without boxing them.
/// </summary>
internal sealed class ColumnChunk
{
    private readonly ColumnKind[] _kinds;

    public ColumnChunk(LakeTable table, int capacity)
    {
        Capacity = capacity;
        Columns = new Array[table.Columns.Count];
        _kinds = new ColumnKind[Columns.Length];
        for (var i = 0; i < Columns.Length; i++)
        {
            var column = table.Columns[i];
            (Columns[i], _kinds[i]) = (column.Type, column.Nullable) switch
            {
                (LakeType.Varchar, _) => ((Array)new string?[capacity], ColumnKind.Text),
                (LakeType.BigInt, false) => (new long[capacity], ColumnKind.Int64),
                (LakeType.BigInt, true) => (new long?[capacity], ColumnKind.NullableInt64),
                (LakeType.Integer, false) => (new int[capacity], ColumnKind.Int32),
                (LakeType.Integer, true) => (new int?[capacity], ColumnKind.NullableInt32),
                (LakeType.TinyInt, false) => (new sbyte[capacity], ColumnKind.Int8),
                (LakeType.TinyInt, true) => (new sbyte?[capacity], ColumnKind.NullableInt8),
                (LakeType.Double, false) => (new double[capacity], ColumnKind.Double),
                (LakeType.Double, true) => (new double?[capacity], ColumnKind.NullableDouble),
                (LakeType.Boolean, false) => (new bool[capacity], ColumnKind.Boolean),
                (LakeType.Boolean, true) => (new bool?[capacity], ColumnKind.NullableBoolean),
                (LakeType.Date, false) => (new DateOnly[capacity], ColumnKind.Date),
                (LakeType.Date, true) => (new DateOnly?[capacity], ColumnKind.NullableDate),
                (LakeType.Timestamp, false) => (new DateTime[capacity], ColumnKind.Timestamp),
                (LakeType.Timestamp, true) => (new DateTime?[capacity], ColumnKind.NullableTimestamp),
                _ => throw new ArgumentOutOfRangeException(nameof(table), column.Type, "unknown lake type"),
            };
        }
    }

    public int Capacity { get; }

    public Array[] Columns { get; }

    public int Count { get; set; }

    /// <summary>Puts the values of <paramref name="row"/>, in column order and of the columns' types, at <paramref name="index"/>.</summary>
    public void Set(int index, IReadOnlyList<object?> row)
    {
        for (var i = 0; i < Columns.Length; i++)
        {
            var value = row[i];
            var column = Columns[i];

            // the kinds were fixed with the arrays, so each array is reinterpreted without a (covariant, slow) type test
            switch (_kinds[i])
            {
                case ColumnKind.Text: Unsafe.As<string?[]>(column)[index] = (string?)value; break;
                case ColumnKind.Int64: Unsafe.As<long[]>(column)[index] = (long)value!; break;
                case ColumnKind.NullableInt64: Unsafe.As<long?[]>(column)[index] = (long?)value; break;
                case ColumnKind.Int32: Unsafe.As<int[]>(column)[index] = (int)value!; break;
                case ColumnKind.NullableInt32: Unsafe.As<int?[]>(column)[index] = (int?)value; break;
                case ColumnKind.Int8: Unsafe.As<sbyte[]>(column)[index] = (sbyte)value!; break;
                case ColumnKind.NullableInt8: Unsafe.As<sbyte?[]>(column)[index] = (sbyte?)value; break;
                case ColumnKind.Double: Unsafe.As<double[]>(column)[index] = (double)value!; break;
                case ColumnKind.NullableDouble: Unsafe.As<double?[]>(column)[index] = (double?)value; break;
                case ColumnKind.Boolean: Unsafe.As<bool[]>(column)[index] = (bool)value!; break;
                case ColumnKind.NullableBoolean: Unsafe.As<bool?[]>(column)[index] = (bool?)value; break;
                case ColumnKind.Date: Unsafe.As<DateOnly[]>(column)[index] = (DateOnly)value!; break;
                case ColumnKind.NullableDate: Unsafe.As<DateOnly?[]>(column)[index] = (DateOnly?)value; break;
                case ColumnKind.Timestamp: Unsafe.As<DateTime[]>(column)[index] = (DateTime)value!; break;
                default: Unsafe.As<DateTime?[]>(column)[index] = (DateTime?)value; break;
            }
        }
    }

    /// <summary>The value at <paramref name="index"/> of column <paramref name="column"/>, boxed (null for a null).</summary>
    public object? Value(int column, int index) => Columns[column].GetValue(index);

    private enum ColumnKind : byte
    {
        Text, Int64, NullableInt64, Int32, NullableInt32, Int8, NullableInt8, Double, NullableDouble, Boolean, NullableBoolean,
        Date, NullableDate, Timestamp, NullableTimestamp,
    }
}
