namespace CareForAll.Data.Ingestion;

/// <summary>A source file of a run and the SHA-256 of its bytes.</summary>
public sealed record IngestedFile(string Path, string Sha256);
