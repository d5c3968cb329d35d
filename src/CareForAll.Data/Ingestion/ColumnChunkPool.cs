using System.Collections.Concurrent;

namespace CareForAll.Data.Ingestion;

/// <summary>
/// Column blocks (<see cref="ColumnChunk"/>) for the rows of source chunks, handed out to the parsing threads and
/// given back once the rows have been written, so a run allocates a few blocks per table instead of one per chunk.
/// </summary>
internal sealed class ColumnChunkPool
{
    /// <summary>Rows a block holds at least: more than the lines of a 1 MB chunk of any lake CSV.</summary>
    private const int SmallestCapacity = 1 << 15;

    private readonly ConcurrentDictionary<string, ConcurrentBag<ColumnChunk>> _free = new(StringComparer.Ordinal);

    /// <summary>An empty block of <paramref name="table"/> with room for <paramref name="rows"/> rows.</summary>
    public ColumnChunk Rent(LakeTable table, int rows)
    {
        var free = _free.GetOrAdd(table.Name, _ => []);
        if (free.TryTake(out var block) && block.Capacity >= rows)
        {
            return block;
        }

        return new ColumnChunk(table, Math.Max(SmallestCapacity, rows));
    }

    /// <summary>Gives <paramref name="block"/> of <paramref name="table"/> back for reuse.</summary>
    public void Return(LakeTable table, ColumnChunk block)
    {
        block.Count = 0;
        _free.GetOrAdd(table.Name, _ => []).Add(block);
    }
}
