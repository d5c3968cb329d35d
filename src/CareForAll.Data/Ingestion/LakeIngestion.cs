using System.Runtime.InteropServices;
using System.Security.Cryptography;
using CareForAll.Core;
using CareForAll.Data.Ingestion.Csv;
using CareForAll.Data.Ingestion.Fhir;

namespace CareForAll.Data.Ingestion;

/// <summary>
/// Loads CSV extracts and FHIR R4 bulk NDJSON into a lake (docs/ingest.md): every record is validated
/// (<see cref="RowRules"/>), refused records go to the <c>quarantine</c> table, rows whose key is already present
/// count as duplicates, and the run commits all or nothing (<see cref="LakeTransaction"/>), then brings
/// <c>manifest.json</c> up to date (<see cref="LakeManifest"/>). For every file and table, read = loaded + duplicate +
/// quarantined. Records are parsed and checked a chunk of lines at a time on every core, then accepted in file order.
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
        var pool = new ChunkPool();

        var ingested = new List<IngestedFile>();
        foreach (var source in sources)
        {
            var counts = new Dictionary<string, long[]>(StringComparer.Ordinal);
            var refused = new List<QuarantineRecord>();
            using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            using var stream = new FileStream(source.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            var chunks = LineChunk.Read(stream, bytes =>
            {
                sha256.AppendData(bytes);
                doneBytes += bytes.Length;
                progress?.Report((double)doneBytes / totalBytes);
            });
            var fileBytes = new FileInfo(source.Path).Length;
            var reserved = false;
            foreach (var prepared in OrderedParallel.Map(chunks, chunk => Prepare(source, chunk, latest, pool), Environment.ProcessorCount + 2))
            {
                using var done = prepared;
                if (!reserved)
                {
                    // size each table's key set once, from the rows of the first chunk and the size of the file
                    reserved = true;
                    foreach (var (table, block) in prepared.Blocks)
                    {
                        sinks.For(table).Reserve(fileBytes * block.Count / Math.Max(1, prepared.Lines.Length) * 11 / 10);
                    }
                }

                Accept(prepared, sinks, counts, refused, source.Path);
            }

            // the file's hash, part of the quarantine key, is known once the whole file has been read
            var sha = Convert.ToHexStringLower(sha256.GetHashAndReset());
            ingested.Add(new IngestedFile(source.Path, sha));
            quarantine.AddRange(refused);
            foreach (var record in refused)
            {
                var raw = record.Raw.Length > RowRules.MaxFieldLength ? record.Raw[..RowRules.MaxFieldLength] : record.Raw;
                quarantineSink.Offer([record.File, sha, record.Line, record.Table, record.Field, record.Reason, raw]);
            }

            accounts.AddRange(counts.Select(c => new FileAccount(source.Path, c.Key, c.Value[0], c.Value[1], c.Value[2], c.Value[3])));
        }

        var committed = false;
        if (transaction is not null && sinks.AnyLoaded)
        {
            sinks.Complete();
            transaction.Commit(new IngestLogEntry(runId, started, ingested, accounts));
            committed = true;
        }

        if (!checkOnly && Lake.Tables(lakeDir).Count > 0)
        {
            LakeManifest.Update(lakeDir);
        }

        progress?.Report(1.0);
        return new IngestResult(accounts, quarantine, committed);
    }

    /// <summary>
    /// Parses the records of one chunk and runs every check that needs only the record itself, keying the rows that
    /// pass and moving their values into column blocks (<see cref="PreparedChunk.Add"/>); runs on several chunks at
    /// once, while references and duplicates are settled in file order by <see cref="Accept"/>.
    /// </summary>
    private static PreparedChunk Prepare(Source source, LineChunk chunk, DateOnly latest, ChunkPool pool)
    {
        var prepared = pool.Prepare(chunk, latest);
        source.Parse(chunk, prepared);
        return prepared;
    }

    /// <summary>
    /// Settles the records of one prepared chunk in file order: references, then duplicate keys; counts each record
    /// in <paramref name="counts"/> (read, loaded, duplicate, quarantined per table), collects the refused ones and
    /// writes the accepted rows.
    /// </summary>
    private static void Accept(PreparedChunk prepared, SinkSet sinks, Dictionary<string, long[]> counts, List<QuarantineRecord> refused, string path)
    {
        var blocks = prepared.Blocks;
        var accepted = prepared.Accepted;

        string? lastTable = null;
        long[] count = [];
        var records = CollectionsMarshal.AsSpan(prepared.Records);
        for (var i = 0; i < records.Length; i++)
        {
            if (i + PrefetchAhead < records.Length)
            {
                Prefetch(prepared, records[i + PrefetchAhead], sinks);
            }

            ref readonly var record = ref records[i];
            var tableName = record.TableName;
            if (!ReferenceEquals(tableName, lastTable) && !counts.TryGetValue(lastTable = tableName, out count!))
            {
                counts[tableName] = count = new long[4];
            }

            count[0]++;
            var (field, reason) = (record.Field, record.Reason);
            if (reason is null)
            {
                var table = record.Table!;
                var b = BlockIndex(blocks, table);
                var block = blocks[b].Block;
                if (RowRules.CheckReferences(table, prepared.References(record), block, record.BlockRow, sinks) is { } problem)
                {
                    (field, reason) = problem;
                }
                else
                {
                    if (sinks.For(table).Accept(record.Key))
                    {
                        count[1]++;
                        accepted[b].Add(record.BlockRow);
                    }
                    else
                    {
                        count[2]++;
                    }

                    continue;
                }
            }

            count[3]++;
            refused.Add(new QuarantineRecord(path, record.Line, tableName, field ?? "(record)", reason, prepared.Lines.Text(record.Raw)));
        }

        for (var b = 0; b < blocks.Count; b++)
        {
            sinks.For(blocks[b].Table).Write(blocks[b].Block, CollectionsMarshal.AsSpan(accepted[b]));
        }
    }

    /// <summary>Records ahead of the one being settled whose keys are fetched into the cache meanwhile.</summary>
    private const int PrefetchAhead = 8;

    /// <summary>Starts loading the key set slots <paramref name="record"/> will look up (its own key and its references).</summary>
    private static void Prefetch(PreparedChunk prepared, in SourceRecord record, SinkSet sinks)
    {
        if (record.Reason is not null)
        {
            return;
        }

        sinks.For(record.Table!).Prefetch(record.Key);
        var keys = prepared.References(record);
        var references = RowRules.References(record.Table!);
        for (var r = 0; r < keys.Length; r++)
        {
            if (keys[r] is { } key)
            {
                sinks.For(references[r].Target).Prefetch(key);
            }
        }
    }

    private static int BlockIndex(IReadOnlyList<(LakeTable Table, ColumnChunk Block)> blocks, LakeTable table)
    {
        for (var b = 0; b < blocks.Count; b++)
        {
            if (ReferenceEquals(blocks[b].Table, table))
            {
                return b;
            }
        }

        throw new InvalidOperationException($"no block for table {table.Name}");
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
        try
        {
            using var stream = File.OpenRead(path);
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
            return new Source(path, Rank(fhir.FirstTable), order, FhirRecordSource.Parse);
        }

        var csv = CsvRecordSource.Open(path, out var reason) ?? throw new InputException($"{path} line 1: {reason}");
        return new Source(path, Rank(csv.Table), order, csv.Parse);
    }

    /// <summary>Tables others refer to are loaded first: organisations, then patients, then spells, then the rest.</summary>
    private static int Rank(LakeTable? table) =>
        table == LakeSchema.Organisation ? 0 : table == LakeSchema.Patient ? 1 : table == LakeSchema.Spell ? 2 : 3;

    private sealed record Source(string Path, int Rank, int Order, Action<LineChunk, PreparedChunk> Parse);
}
