using DuckDB.NET.Data;

namespace CareForAll.Data.Ingestion;

/// <summary>
/// The <see cref="TableSink"/> of each table touched in a run, created on first use with the keys the lake already
/// holds (read through DuckDB); also answers reference look-ups against them.
/// </summary>
internal sealed class SinkSet(string lakeDir, LakeTransaction? transaction) : IReferenceLookup, IDisposable
{
    private readonly Dictionary<string, TableSink> _sinks = new(StringComparer.Ordinal);
    private readonly List<TableSink> _byReference = [];
    private DuckDBConnection? _lake;

    public bool AnyLoaded => _sinks.Values.Any(s => s.Loaded > 0);

    public TableSink For(LakeTable table)
    {
        // asked several times a row: a look-up by reference among the few tables of a run, before the one by name
        foreach (var known in _byReference)
        {
            if (ReferenceEquals(known.Table, table))
            {
                return known;
            }
        }

        if (!_sinks.TryGetValue(table.Name, out var sink))
        {
            _sinks[table.Name] = sink = new TableSink(table, ExistingKeys(table), transaction);
        }

        if (ReferenceEquals(sink.Table, table))
        {
            _byReference.Add(sink);
        }

        return sink;
    }

    public bool Exists(LakeTable table, UInt128 key) => For(table).Contains(key);

    public bool HasRows(LakeTable table) => For(table) is { } sink && (sink.HadRows || sink.Loaded > 0);

    public void Complete()
    {
        foreach (var sink in _sinks.Values)
        {
            sink.Complete();
        }
    }

    public void Dispose()
    {
        foreach (var sink in _sinks.Values)
        {
            sink.Dispose();
        }

        _lake?.Dispose();
    }

    private KeySet ExistingKeys(LakeTable table)
    {
        var keys = new KeySet();
        if (!Lake.Tables(lakeDir).Contains(table.Name))
        {
            return keys;
        }

        _lake ??= Lake.Open(lakeDir);
        var positions = RowKey.Positions(table);
        using var command = _lake.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", positions.Select(p => $"\"{table.Columns[p].Name}\""))} FROM \"{table.Name}\"";
        using var reader = command.ExecuteReader();
        var row = new object?[table.Columns.Count];
        while (reader.Read())
        {
            for (var i = 0; i < positions.Length; i++)
            {
                row[positions[i]] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            keys.Add(RowKey.Of(table, row));
        }

        return keys;
    }
}
