using System.Text.Json;

namespace CareForAll.Data.Ingestion;

/// <summary>
/// Makes one ingestion run all or nothing. New Parquet files are written as <c>DIR/table/ingest-RUN.parquet.tmp</c>
/// (the views' <c>*.parquet</c> glob skips them). To commit, the list of renames and the log entry are written to
/// <c>DIR/_ingest/commit-RUN.json</c> (itself written to a temporary name and renamed), then each file is renamed
/// into place, the log entry appended to <c>DIR/_ingest/log.json</c> and the commit file deleted. A run killed
/// before the commit file exists leaves only temporary files, which the next run deletes; one killed after is
/// finished (rolled forward) by the next run, before it reads the lake.
/// </summary>
internal sealed class LakeTransaction
{
    private readonly string _lakeDir;
    private readonly List<(string Temporary, string Final)> _files = [];

    public LakeTransaction(string lakeDir, string runId)
    {
        _lakeDir = lakeDir;
        RunId = runId;
    }

    public string RunId { get; }

    private static string IngestFolder(string lakeDir) => Path.Combine(lakeDir, "_ingest");

    /// <summary>Finishes any commit a killed run left half done and deletes temporary files of runs that never committed.</summary>
    public static void Recover(string lakeDir)
    {
        var folder = IngestFolder(lakeDir);
        if (Directory.Exists(folder))
        {
            foreach (var commit in Directory.EnumerateFiles(folder, "commit-*.json").Order(StringComparer.Ordinal))
            {
                var plan = JsonSerializer.Deserialize<CommitPlan>(File.ReadAllText(commit)) ?? throw new IOException($"{commit}: empty commit file");
                Apply(lakeDir, plan);
                File.Delete(commit);
            }

            foreach (var stray in Directory.EnumerateFiles(folder, "*.tmp"))
            {
                File.Delete(stray);
            }
        }

        if (Directory.Exists(lakeDir))
        {
            foreach (var table in LakeSchema.Tables)
            {
                var tableFolder = Path.Combine(lakeDir, table.Name);
                if (Directory.Exists(tableFolder))
                {
                    foreach (var stray in Directory.EnumerateFiles(tableFolder, "*.parquet.tmp"))
                    {
                        File.Delete(stray);
                    }
                }
            }
        }
    }

    /// <summary>A writer on a new temporary file for <paramref name="table"/>.</summary>
    public ParquetTableWriter CreateWriter(LakeTable table)
    {
        var name = $"ingest-{RunId}.parquet";
        var folder = Path.Combine(_lakeDir, table.Name);
        _files.Add((Path.Combine(folder, name + ".tmp"), Path.Combine(folder, name)));
        return new ParquetTableWriter(_lakeDir, table, ParquetTableWriter.DefaultRowGroupSize, name + ".tmp");
    }

    /// <summary>Renames every temporary file into place and appends <paramref name="logEntry"/> to the ingest log.</summary>
    public void Commit(IngestLogEntry logEntry)
    {
        var folder = IngestFolder(_lakeDir);
        Directory.CreateDirectory(folder);
        var plan = new CommitPlan([.. _files.Select(f => Path.GetRelativePath(_lakeDir, f.Final))], logEntry);
        var commit = Path.Combine(folder, $"commit-{RunId}.json");
        WriteAtomically(commit, JsonSerializer.Serialize(plan));
        Apply(_lakeDir, plan);
        File.Delete(commit);
    }

    /// <summary>Every entry of the ingest log, oldest first.</summary>
    public static IReadOnlyList<IngestLogEntry> ReadLog(string lakeDir)
    {
        var path = Path.Combine(IngestFolder(lakeDir), "log.json");
        return File.Exists(path) ? JsonSerializer.Deserialize<List<IngestLogEntry>>(File.ReadAllText(path)) ?? [] : [];
    }

    private static void Apply(string lakeDir, CommitPlan plan)
    {
        foreach (var relative in plan.Files)
        {
            var final = Path.Combine(lakeDir, relative);
            if (File.Exists(final + ".tmp"))
            {
                File.Move(final + ".tmp", final, overwrite: true);
            }
        }

        var log = ReadLog(lakeDir).ToList();
        if (!log.Any(e => e.RunId == plan.Log.RunId))
        {
            log.Add(plan.Log);
            WriteAtomically(Path.Combine(IngestFolder(lakeDir), "log.json"), JsonSerializer.Serialize(log, new JsonSerializerOptions { WriteIndented = true }));
        }
    }

    private static void WriteAtomically(string path, string text)
    {
        File.WriteAllText(path + ".tmp", text);
        File.Move(path + ".tmp", path, overwrite: true);
    }

    private sealed record CommitPlan(IReadOnlyList<string> Files, IngestLogEntry Log);
}
