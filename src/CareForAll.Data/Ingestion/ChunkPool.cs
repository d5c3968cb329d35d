using System.Collections.Concurrent;

namespace CareForAll.Data.Ingestion;

/// <summary>
/// What the chunks of a run reuse once the rows of a chunk have been written: the <see cref="PreparedChunk"/> with its
/// record and line lists, and the column blocks of each table. Reused rather than allocated per chunk, these large
/// arrays stay out of the garbage collector's large object heap, whose collections are full ones.
/// </summary>
internal sealed class ChunkPool
{
    /// <summary>Rows a block holds at least: more than the lines of a 1 MB chunk of any lake CSV.</summary>
    private const int SmallestCapacity = 1 << 15;

    private readonly ConcurrentDictionary<string, ConcurrentBag<ColumnChunk>> _blocks = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<PreparedChunk> _chunks = [];

    /// <summary>An empty prepared chunk for the lines of <paramref name="lines"/>, refusing dates after <paramref name="latest"/>.</summary>
    public PreparedChunk Prepare(LineChunk lines, DateOnly latest)
    {
        var chunk = _chunks.TryTake(out var free) ? free : new PreparedChunk(this);
        chunk.Start(lines, latest);
        return chunk;
    }

    /// <summary>Takes back a prepared chunk that has been disposed.</summary>
    public void Return(PreparedChunk chunk) => _chunks.Add(chunk);

    /// <summary>An empty block of <paramref name="table"/> with room for <paramref name="rows"/> rows.</summary>
    public ColumnChunk RentBlock(LakeTable table, int rows)
    {
        var free = _blocks.GetOrAdd(table.Name, _ => []);
        if (free.TryTake(out var block) && block.Capacity >= rows)
        {
            return block;
        }

        return new ColumnChunk(table, Math.Max(SmallestCapacity, rows));
    }

    /// <summary>Gives <paramref name="block"/> of <paramref name="table"/> back for reuse.</summary>
    public void ReturnBlock(LakeTable table, ColumnChunk block)
    {
        block.Count = 0;
        _blocks.GetOrAdd(table.Name, _ => []).Add(block);
    }
}
