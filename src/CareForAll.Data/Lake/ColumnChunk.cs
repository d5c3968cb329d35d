namespace CareForAll.Data;

/// <summary>
/// A block of rows held column by column in typed arrays (one array per column, value types nullable only
/// when the column is), filled by <see cref="ParquetTableWriter"/> and written as one Parquet row group.
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
}
