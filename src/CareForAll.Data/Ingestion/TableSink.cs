namespace CareForAll.Data.Ingestion;

/// <summary>
/// Where the accepted rows of one lake table go in a run: the keys already in the lake and seen in this run (so a
/// repeated row counts as a duplicate), and a Parquet writer on a temporary file that <see cref="LakeTransaction"/>
/// renames into place when the whole run succeeds. Under <c>--check</c> nothing is written.
/// </summary>
internal sealed class TableSink : IDisposable
{
    private readonly HashSet<UInt128> _keys;
    private readonly int[] _keyPositions;
    private readonly LakeTransaction? _transaction;
    private ParquetTableWriter? _writer;

    public TableSink(LakeTable table, HashSet<UInt128> existingKeys, LakeTransaction? transaction)
    {
        Table = table;
        _keys = existingKeys;
        _keyPositions = RowKey.Positions(table);
        _transaction = transaction;
        HadRows = existingKeys.Count > 0;
    }

    public LakeTable Table { get; }

    /// <summary>True when the lake had rows for this table before the run.</summary>
    public bool HadRows { get; }

    /// <summary>Rows accepted in this run.</summary>
    public long Loaded { get; private set; }

    /// <summary>True when a single-column key equal to <paramref name="value"/> is in the lake or this run.</summary>
    public bool Contains(object value) => _keys.Contains(RowKey.OfValue(Table.Columns[_keyPositions[0]].Type, value));

    /// <summary>Adds the row unless its key is known; returns false for a duplicate.</summary>
    public bool Offer(object?[] row) => Offer(row, RowKey.Of(Table, row));

    /// <summary>Adds the row, whose <see cref="RowKey"/> is <paramref name="key"/>, unless the key is known; returns false for a duplicate.</summary>
    public bool Offer(object?[] row, UInt128 key)
    {
        if (!_keys.Add(key))
        {
            return false;
        }

        Loaded++;
        if (_transaction is not null)
        {
            _writer ??= _transaction.CreateWriter(Table);
            Write(_writer, row);
        }

        return true;
    }

    /// <summary>Finishes the temporary file, if any.</summary>
    public void Complete() => _writer?.Complete();

    public void Dispose() => _writer?.Dispose();

    private void Write(ParquetTableWriter writer, object?[] row)
    {
        for (var i = 0; i < row.Length; i++)
        {
            var column = Table.Columns[i];
            var value = row[i];
            switch (column.Type)
            {
                case LakeType.Varchar: writer.Add((string?)value); break;
                case LakeType.BigInt when column.Nullable: writer.Add((long?)value); break;
                case LakeType.BigInt: writer.Add((long)value!); break;
                case LakeType.Integer when column.Nullable: writer.Add((int?)value); break;
                case LakeType.Integer: writer.Add((int)value!); break;
                case LakeType.TinyInt when column.Nullable: writer.Add((sbyte?)value); break;
                case LakeType.TinyInt: writer.Add((sbyte)value!); break;
                case LakeType.Double when column.Nullable: writer.Add((double?)value); break;
                case LakeType.Double: writer.Add((double)value!); break;
                case LakeType.Boolean when column.Nullable: writer.Add((bool?)value); break;
                case LakeType.Boolean: writer.Add((bool)value!); break;
                case LakeType.Date when column.Nullable: writer.Add((DateOnly?)value); break;
                case LakeType.Date: writer.Add((DateOnly)value!); break;
                case LakeType.Timestamp when column.Nullable: writer.Add((DateTime?)value); break;
                case LakeType.Timestamp: writer.Add((DateTime)value!); break;
                default: throw new InvalidOperationException($"unknown lake type {column.Type}");
            }
        }

        writer.EndRow();
    }
}
