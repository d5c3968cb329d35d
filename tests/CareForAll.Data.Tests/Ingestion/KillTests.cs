using System.Diagnostics;
using CareForAll.Data.Export;
using CareForAll.Data.Ingestion;

namespace CareForAll.Data.Tests.Ingestion;

/// <summary>A real kill of <c>careforall ingest</c> mid-run leaves the lake as it was; a rerun completes the load.</summary>
public sealed class KillTests(GeneratedLakes lakes) : IDisposable
{
    private readonly IngestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void KilledIngest_LeavesTheLakeUnchanged_AndARerunCompletesIt()
    {
        var csv = Path.Combine(folder.Root, "csv");
        CsvExport.Write(lakes.Tiny.A, csv);
        var organisations = Path.Combine(csv, "organisation.csv");
        LakeIngestion.Run(folder.LakeDir, [organisations]);
        var before = Snapshot();

        var cli = Path.Combine(AppContext.BaseDirectory, "careforall.dll");
        using (var process = Process.Start(new ProcessStartInfo("dotnet", ["exec", cli, "ingest", "--lake", folder.LakeDir, csv])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!)
        {
            var clock = Stopwatch.StartNew();
            while (!TemporaryFileExists() && !process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                Thread.Sleep(20);
            }

            Assert.False(process.HasExited, "the ingest finished before it could be killed; use a larger input");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        Assert.True(TemporaryFileExists());
        Assert.Equal(before, Snapshot());

        var rerun = LakeIngestion.Run(folder.LakeDir, [csv]);

        Assert.False(TemporaryFileExists());
        using var generated = Lake.Open(lakes.Tiny.A);
        using var loaded = Lake.Open(folder.LakeDir);
        foreach (var table in new[] { "patient", "spell", "observation", "ae_attendance" })
        {
            Assert.Equal(Sql.Scalar(generated, $"SELECT COUNT(*) FROM {table}"), Sql.Scalar(loaded, $"SELECT COUNT(*) FROM {table}"));
        }

        Assert.Equal(rerun.Read, rerun.Loaded + rerun.Duplicate);
    }

    private bool TemporaryFileExists() =>
        Directory.Exists(folder.LakeDir) && Directory.EnumerateFiles(folder.LakeDir, "*.parquet.tmp", SearchOption.AllDirectories).Any();

    private string Snapshot() =>
        string.Join("\n", Directory.EnumerateFiles(folder.LakeDir, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".tmp", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(folder.LakeDir, f)} {new FileInfo(f).Length}"));
}
