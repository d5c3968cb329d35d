namespace CareForAll.Data;

/// <summary>
/// A block of rows held column by column in typed arrays (one array per column, value types nullable only
/// when the column is), filled by <see cref="ParquetTableWriter"/> and written as one Parquet row group. Ingestion
/// also uses one per chunk of source lines, to carry the rows parsed in parallel to the writer without boxing them.
/// </summary>
internal sealed class ColumnChunk
{
    public ColumnChunk(LakeTable table, int capacity)
    {
        Capacity = capacity;
        Columns = new Array[table.Columns.Count];
        for (var i = 0; i < Columns.Length; i++)
        {
            var column = table.Columns[i];
            Columns[i] = (column.Type, column.Nullable) switch
            {
                (LakeType.Varchar, _) => new string?[capacity],
                (LakeType.BigInt, false) => new long[capacity],
                (LakeType.BigInt, true) => new long?[capacity],
                (LakeType.Integer, false) => new int[capacity],
                (LakeType.Integer, true) => new int?[capacity],
                (LakeType.TinyInt, false) => new sbyte[capacity],
                (LakeType.TinyInt, true) => new sbyte?[capacity],
                (LakeType.Double, false) => new double[capacity],
                (LakeType.Double, true) => new double?[capacity],
                (LakeType.Boolean, false) => new bool[capacity],
                (LakeType.Boolean, true) => new bool?[capacity],
                (LakeType.Date, false) => new DateOnly[capacity],
                (LakeType.Date, true) => new DateOnly?[capacity],
                (LakeType.Timestamp, false) => new DateTime[capacity],
                (LakeType.Timestamp, true) => new DateTime?[capacity],
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
            switch (Columns[i])
            {
                case string?[] a: a[index] = (string?)value; break;
                case long[] a: a[index] = (long)value!; break;
                case long?[] a: a[index] = (long?)value; break;
                case int[] a: a[index] = (int)value!; break;
                case int?[] a: a[index] = (int?)value; break;
                case sbyte[] a: a[index] = (sbyte)value!; break;
                case sbyte?[] a: a[index] = (sbyte?)value; break;
                case double[] a: a[index] = (double)value!; break;
                case double?[] a: a[index] = (double?)value; break;
                case bool[] a: a[index] = (bool)value!; break;
                case bool?[] a: a[index] = (bool?)value; break;
                case DateOnly[] a: a[index] = (DateOnly)value!; break;
                case DateOnly?[] a: a[index] = (DateOnly?)value; break;
                case DateTime[] a: a[index] = (DateTime)value!; break;
                case DateTime?[] a: a[index] = (DateTime?)value; break;
                default: throw new InvalidOperationException("unsupported column array " + Columns[i].GetType());
            }
        }
    }

    /// <summary>The value at <paramref name="index"/> of column <paramref name="column"/>, boxed (null for a null).</summary>
    public object? Value(int column, int index) => Columns[column].GetValue(index);
}
