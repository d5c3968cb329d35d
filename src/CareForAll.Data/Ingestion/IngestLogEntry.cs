namespace CareForAll.Data.Ingestion;

/// <summary>One committed run in <c>DIR/_ingest/log.json</c>: when, which files (with their SHA-256) and the accounting.</summary>
public sealed record IngestLogEntry(string RunId, DateTime StartedUtc, IReadOnlyList<IngestedFile> Files, IReadOnlyList<FileAccount> Accounts);
