namespace CareForAll.Data.Tests.Ingestion;

/// <summary>A temporary folder with a lake and source files, deleted afterwards.</summary>
internal sealed class IngestFolder : IDisposable
{
    public IngestFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "careforall-ingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string LakeDir => Path.Combine(Root, "lake");

    public string Write(string name, string text)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, text);
        return path;
    }

    public long Count(string table)
    {
        if (!CareForAll.Data.Lake.Tables(LakeDir).Contains(table))
        {
            return 0;
        }

        using var lake = CareForAll.Data.Lake.Open(LakeDir);
        return (long)Sql.Scalar(lake, $"SELECT COUNT(*) FROM {table}");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a killed child process may still hold a file for a moment; the temp folder is cleaned later
        }
    }
}
