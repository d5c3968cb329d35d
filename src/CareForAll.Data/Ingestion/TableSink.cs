namespace CareForAll.Data.Ingestion;

/// <summary>
/// Where the accepted rows of one lake table go in a run: the keys already in the lake and seen in this run (so a
/// repeated row counts as a duplicate), and a Parquet writer on a temporary file that <see cref="LakeTransaction"/>
/// renames into place when the whole run succeeds. Under <c>--check</c> nothing is written.
/// </summary>
internal sealed class TableSink : IDisposable
{
    private readonly KeySet _keys;
    private readonly LakeTransaction? _transaction;
    private ParquetTableWriter? _writer;

    public TableSink(LakeTable table, KeySet existingKeys, LakeTransaction? transaction)
    {
        Table = table;
        _keys = existingKeys;
        _transaction = transaction;
        HadRows = existingKeys.Count > 0;
    }

    public LakeTable Table { get; }

    /// <summary>True when the lake had rows for this table before the run.</summary>
    public bool HadRows { get; }

    /// <summary>Rows accepted in this run.</summary>
    public long Loaded { get; private set; }

    /// <summary>True when a row whose <see cref="RowKey"/> is <paramref name="key"/> is in the lake or this run.</summary>
    public bool Contains(UInt128 key) => _keys.Contains(key);

    /// <summary>Starts loading where <paramref name="key"/> would be held into the cache, ahead of <see cref="Accept"/> or <see cref="Contains(UInt128)"/>.</summary>
    public void Prefetch(UInt128 key) => _keys.Prefetch(key);

    /// <summary>Makes room for about <paramref name="rows"/> more keys than are held now.</summary>
    public void Reserve(long rows) => _keys.Reserve(_keys.Count + rows);

    /// <summary>Adds the row unless its key is known; returns false for a duplicate.</summary>
    public bool Offer(object?[] row)
    {
        if (!Accept(RowKey.Of(Table, row)))
        {
            return false;
        }

        Writer()?.AddRow(row);
        return true;
    }

    /// <summary>
    /// Takes the key of a row about to be written with <see cref="Write"/>, unless the key is known; returns false for
    /// a duplicate.
    /// </summary>
    public bool Accept(UInt128 key)
    {
        if (!_keys.Add(key))
        {
            return false;
        }

        Loaded++;
        return true;
    }

    /// <summary>Writes the rows of <paramref name="block"/> at <paramref name="rows"/>, whose keys <see cref="Accept"/> took.</summary>
    public void Write(ColumnChunk block, ReadOnlySpan<int> rows)
    {
        if (rows.Length > 0)
        {
            Writer()?.AddRows(block, rows);
        }
    }

    /// <summary>Finishes the temporary file, if any.</summary>
    public void Complete() => _writer?.Complete();

    public void Dispose()
    {
        _writer?.Dispose();
        _keys.Dispose();
    }

    private ParquetTableWriter? Writer() => _transaction is null ? null : _writer ??= _transaction.CreateWriter(Table);
}
