namespace CareForAll.Data.Ingestion;

/// <summary>
/// One record read from a source file: either a row for a lake table (values typed and in the table's column
/// order) or a refusal saying which field was wrong and why.
/// </summary>
internal readonly record struct SourceRecord(long Line, LakeTable? Table, object?[]? Row, string? Field, string? Reason, string Raw)
{
    public static SourceRecord Accepted(long line, LakeTable table, object?[] row, string raw) => new(line, table, row, null, null, raw);

    public static SourceRecord Refused(long line, LakeTable? table, string field, string reason, string raw) =>
        new(line, table, null, field, reason, raw);

    public string TableName => Table?.Name ?? "(unknown)";
}
