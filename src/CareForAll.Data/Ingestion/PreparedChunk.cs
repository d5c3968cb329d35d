using System.Runtime.InteropServices;

namespace CareForAll.Data.Ingestion;

/// <summary>
/// One chunk of a source file after the parallel stage: its records, parsed and checked as far as a record alone
/// allows; the values of the rows that passed, column by column per table (so they reach the Parquet writer without
/// boxing); and the keys of the rows they refer to, for the reference checks made in file order. Reused from chunk to
/// chunk through its <see cref="ChunkPool"/>.
/// </summary>
internal sealed class PreparedChunk(ChunkPool pool) : IDisposable
{
    private readonly List<(LakeTable Table, ColumnChunk Block)> _blocks = [];
    private readonly List<List<int>> _accepted = [];
    private readonly List<UInt128?> _references = [];
    private LineChunk? _lines;
    private DateOnly _latest;

    public LineChunk Lines => _lines ?? throw new ObjectDisposedException(nameof(PreparedChunk));

    /// <summary>The records of the chunk in line order, each checked as far as it alone allows (<see cref="Add"/>).</summary>
    public List<SourceRecord> Records { get; } = [];

    /// <summary>Room for the chunk's line list, filled by the source before it gives its records (a table's block is sized from it).</summary>
    public List<(long Number, Range Line)> LineList { get; } = [];

    /// <summary>The tables with rows in this chunk and the block holding them.</summary>
    public IReadOnlyList<(LakeTable Table, ColumnChunk Block)> Blocks => _blocks;

    /// <summary>For each of <see cref="Blocks"/>, room for the rows accepted from it.</summary>
    public IReadOnlyList<List<int>> Accepted => _accepted;

    /// <summary>
    /// Starts on the lines of <paramref name="lines"/>, with everything from a previous chunk cleared; dates after
    /// <paramref name="latest"/> will be refused.
    /// </summary>
    public void Start(LineChunk lines, DateOnly latest)
    {
        _lines = lines;
        _latest = latest;
        Records.Clear();
        _references.Clear();
    }

    /// <summary>
    /// Takes the next record of the chunk and runs every check that needs only the record itself; a row that passes is
    /// keyed and its values copied into its table's block, so the source may reuse the row's array afterwards.
    /// </summary>
    public void Add(SourceRecord record)
    {
        if (record.Row is { } row)
        {
            record = RowRules.CheckValues(record.Table!, row, _latest) is { } problem
                ? SourceRecord.Refused(record.Line, record.Table, problem.Field, problem.Reason, record.Raw)
                : Hold(record, RowKey.Of(record.Table!, row));
        }

        Records.Add(record);
    }

    /// <summary>Puts an accepted row into its table's block; returns the record with its place there and its reference keys.</summary>
    private SourceRecord Hold(SourceRecord record, UInt128 key)
    {
        var table = record.Table!;
        var block = BlockOf(table);
        if (block is null)
        {
            block = pool.RentBlock(table, LineList.Count);
            _blocks.Add((table, block));
            if (_accepted.Count < _blocks.Count)
            {
                _accepted.Add([]);
            }

            _accepted[_blocks.Count - 1].Clear();
        }

        var row = block.Count++;
        block.Set(row, record.Row!);
        var first = _references.Count;
        RowRules.AddReferenceKeys(table, record.Row!, _references);
        return record with { Row = null, Key = key, BlockRow = row, FirstReference = first };
    }

    /// <summary>The block holding the rows of <paramref name="table"/>.</summary>
    public ColumnChunk? BlockOf(LakeTable table)
    {
        foreach (var (held, block) in _blocks)
        {
            if (ReferenceEquals(held, table))
            {
                return block;
            }
        }

        return null;
    }

    /// <summary>The keys of the rows <paramref name="record"/> refers to, in the order <see cref="RowRules.CheckReferences"/> takes them.</summary>
    public ReadOnlySpan<UInt128?> References(SourceRecord record) =>
        CollectionsMarshal.AsSpan(_references).Slice(record.FirstReference, RowRules.References(record.Table!).Length);

    /// <summary>Gives back the line buffer and the blocks, and this chunk to its pool.</summary>
    public void Dispose()
    {
        if (_lines is null)
        {
            return;
        }

        _lines.Dispose();
        _lines = null;
        foreach (var (table, block) in _blocks)
        {
            pool.ReturnBlock(table, block);
        }

        _blocks.Clear();
        pool.Return(this);
    }
}
