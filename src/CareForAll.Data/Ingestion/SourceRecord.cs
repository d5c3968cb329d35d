namespace CareForAll.Data.Ingestion;

/// <summary>
/// One record read from a source file: either a row for a lake table (values typed and in the table's column
/// order, with its <see cref="RowKey"/>) or a refusal saying which field was wrong and why. <see cref="Raw"/> is where
/// the record's line lies in its <see cref="LineChunk"/>.
/// </summary>
internal readonly record struct SourceRecord(long Line, LakeTable? Table, object?[]? Row, string? Field, string? Reason, Range Raw)
{
    /// <summary>The row's key, once <see cref="RowRules.CheckValues"/> has passed it.</summary>
    public UInt128 Key { get; init; }

    /// <summary>Where the row's values are in its table's block of the <see cref="PreparedChunk"/>, once held there.</summary>
    public int BlockRow { get; init; }

    /// <summary>Where the keys of the rows it refers to start in the <see cref="PreparedChunk"/>.</summary>
    public int FirstReference { get; init; }

    public static SourceRecord Accepted(long line, LakeTable table, object?[] row, Range raw) => new(line, table, row, null, null, raw);

    public static SourceRecord Refused(long line, LakeTable? table, string field, string reason, Range raw) =>
        new(line, table, null, field, reason, raw);

    public string TableName => Table?.Name ?? "(unknown)";
}
