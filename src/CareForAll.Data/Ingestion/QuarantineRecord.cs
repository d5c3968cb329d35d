namespace CareForAll.Data.Ingestion;

/// <summary>A refused record: its source file and line, the table it was for, the first field at fault, why, and its text.</summary>
public sealed record QuarantineRecord(string File, long Line, string Table, string Field, string Reason, string Raw);
