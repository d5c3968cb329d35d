using System.Security.Cryptography;
using CareForAll.Core;
using CareForAll.Data.Ingestion.Csv;
using CareForAll.Data.Ingestion.Fhir;

namespace CareForAll.Data.Ingestion;

/// <summary>
/// Loads CSV extracts and FHIR R4 bulk NDJSON into a lake (docs/ingest.md): every record is validated
/// (<see cref="RowRules"/>), refused records go to the <c>quarantine</c> table, rows whose key is already present
/// count as duplicates, and the run commits all or nothing (<see cref="LakeTransaction"/>). For every file and
/// table, read = loaded + duplicate + quarantined.
/// </summary>
public static class LakeIngestion
{
    private static readonly string[] CsvExtensions = [".csv", ".txt"];
    private static readonly string[] FhirExtensions = [".ndjson", ".jsonl"];

    /// <summary>
    /// Ingests <paramref name="paths"/> (files, or folders searched recursively for <c>*.csv</c>, <c>*.txt</c>,
    /// <c>*.ndjson</c>, <c>*.jsonl</c>) into <paramref name="lakeDir"/>. With <paramref name="checkOnly"/> nothing is
    /// written. <paramref name="progress"/> receives the fraction of bytes read.
    /// </summary>
    /// <exception cref="InputException">A path does not exist or a file cannot be read as any known format; nothing is loaded.</exception>
    public static IngestResult Run(string lakeDir, IReadOnlyList<string> paths, bool checkOnly = false, IProgress<double>? progress = null)
    {
        var files = Expand(paths);
        if (!checkOnly)
        {
            Directory.CreateDirectory(lakeDir);
            LakeTransaction.Recover(lakeDir);
        }

        var sources = files.Select(OpenSource).OrderBy(s => s.Rank).ThenBy(s => s.Order).ToList();
        var started = DateTime.UtcNow;
        var runId = started.ToString("yyyyMMddTHHmmssfff", System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        var transaction = checkOnly ? null : new LakeTransaction(lakeDir, runId);
        using var sinks = new SinkSet(lakeDir, transaction);
        var accounts = new List<FileAccount>();
        var quarantine = new List<QuarantineRecord>();
        var latest = DateOnly.FromDateTime(started).AddDays(1);
        var totalBytes = Math.Max(1, sources.Sum(s => new FileInfo(s.Path).Length));
        long doneBytes = 0;
        var quarantineSink = sinks.For(LakeSchema.Quarantine);

        foreach (var source in sources)
        {
            var counts = new Dictionary<string, long[]>(StringComparer.Ordinal);
            foreach (var record in source.Records(bytes =>
            {
                doneBytes += bytes;
                progress?.Report((double)doneBytes / totalBytes);
            }))
            {
                var tableName = record.TableName;
                if (!counts.TryGetValue(tableName, out var count))
                {
                    counts[tableName] = count = new long[4];
                }

                count[0]++;
                var (field, reason) = (record.Field, record.Reason);
                if (record.Row is { } row && RowRules.Check(record.Table!, row, sinks, latest) is { } problem)
                {
                    (field, reason) = problem;
                }

                if (reason is null)
                {
                    count[sinks.For(record.Table!).Offer(record.Row!) ? 1 : 2]++;
                    continue;
                }

                count[3]++;
                var refused = new QuarantineRecord(source.Path, record.Line, tableName, field ?? "(record)", reason, record.Raw);
                quarantine.Add(refused);
                quarantineSink.Offer(
                [
                    refused.File, source.Sha256, refused.Line, refused.Table, refused.Field, refused.Reason,
                    refused.Raw.Length > RowRules.MaxFieldLength ? refused.Raw[..RowRules.MaxFieldLength] : refused.Raw,
                ]);
            }

            accounts.AddRange(counts.Select(c => new FileAccount(source.Path, c.Key, c.Value[0], c.Value[1], c.Value[2], c.Value[3])));
        }

        var committed = false;
        if (transaction is not null && sinks.AnyLoaded)
        {
            sinks.Complete();
            transaction.Commit(new IngestLogEntry(runId, started, [.. sources.Select(s => new IngestedFile(s.Path, s.Sha256))], accounts));
            committed = true;
        }

        progress?.Report(1.0);
        return new IngestResult(accounts, quarantine, committed);
    }

    private static List<string> Expand(IReadOnlyList<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => IsCsv(f) || IsFhir(f))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new InputException($"{path}: no such file or folder");
            }
        }

        return files;
    }

    private static bool IsCsv(string path) => CsvExtensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    private static bool IsFhir(string path) => FhirExtensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    private static int _order;

    private static Source OpenSource(string path)
    {
        string sha;
        try
        {
            using var stream = File.OpenRead(path);
            sha = Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (IOException ex)
        {
            throw new InputException($"{path}: cannot be read: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new InputException($"{path}: cannot be read: {ex.Message}");
        }

        var order = Interlocked.Increment(ref _order);
        if (IsFhir(path))
        {
            var fhir = new FhirRecordSource(path);
            return new Source(path, sha, Rank(fhir.FirstTable), order, fhir.Read);
        }

        var csv = CsvRecordSource.Open(path, out var reason) ?? throw new InputException($"{path} line 1: {reason}");
        return new Source(path, sha, Rank(csv.Table), order, csv.Read);
    }

    /// <summary>Tables others refer to are loaded first: organisations, then patients, then spells, then the rest.</summary>
    private static int Rank(LakeTable? table) =>
        table == LakeSchema.Organisation ? 0 : table == LakeSchema.Patient ? 1 : table == LakeSchema.Spell ? 2 : 3;

    private sealed record Source(string Path, string Sha256, int Rank, int Order, Func<Action<long>, IEnumerable<SourceRecord>> Records);
}
