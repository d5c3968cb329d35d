using System.Runtime.InteropServices;

namespace CareForAll.Data.Ingestion;

/// <summary>
/// One chunk of a source file after the parallel stage: its records, parsed and checked as far as a record alone
/// allows; the values of the rows that passed, column by column per table (so they reach the Parquet writer without
/// boxing); and the keys of the rows they refer to, for the reference checks made in file order.
/// </summary>
internal sealed class PreparedChunk(LineChunk lines, ColumnChunkPool pool) : IDisposable
{
    private readonly List<(LakeTable Table, ColumnChunk Block)> _blocks = [];
    private readonly List<UInt128?> _references = [];

    public LineChunk Lines { get; } = lines;

    public List<SourceRecord> Records { get; set; } = [];

    /// <summary>The tables with rows in this chunk and the block holding them.</summary>
    public IReadOnlyList<(LakeTable Table, ColumnChunk Block)> Blocks => _blocks;

    /// <summary>Puts an accepted row into its table's block; returns the record with its place there and its reference keys.</summary>
    public SourceRecord Hold(SourceRecord record, UInt128 key)
    {
        var table = record.Table!;
        var block = BlockOf(table);
        if (block is null)
        {
            block = pool.Rent(table, Records.Count);
            _blocks.Add((table, block));
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

    public void Dispose()
    {
        Lines.Dispose();
        foreach (var (table, block) in _blocks)
        {
            pool.Return(table, block);
        }

        _blocks.Clear();
    }
}
