using System.Globalization;
using CareForAll.Data;

namespace CareForAll.Care.LakeWriteBack;

/// <summary>
/// Adds rows to a lake table as one new Parquet file, so the measure engine sees them the next time it opens the
/// lake. The file is written under a staging folder inside the lake (which no table view reads) and then renamed into
/// <c>DIR/table/</c>, so a reader sees either no file or the whole file, never half of one.
/// </summary>
public static class LakeAppend
{
    /// <summary>The folder inside the lake where files are written before they are renamed into place.</summary>
    public const string StagingFolder = ".staging";

    /// <summary>
    /// Writes the rows <paramref name="write"/> adds (through a <see cref="ParquetTableWriter"/>) as
    /// <c>DIR/table/careforall-&lt;name&gt;.parquet</c> and returns the file's path; writes nothing and returns null when
    /// <paramref name="write"/> adds no rows.
    /// </summary>
    public static string? Write(string lakeDir, LakeTable table, string name, Action<ParquetTableWriter> write)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(write);
        var staging = Path.Combine(lakeDir, StagingFolder, Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture));
        try
        {
            long rows;
            using (var writer = new ParquetTableWriter(staging, table))
            {
                write(writer);
                writer.Complete();
                rows = writer.Rows;
            }

            if (rows == 0)
            {
                return null;
            }

            var target = Path.Combine(lakeDir, table.Name, $"careforall-{name}.parquet");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(staging, table.Name, "part-00000.parquet"), target, overwrite: false);
            return target;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>A file name part that sorts by time and is unique: UTC time to the millisecond and a random suffix.</summary>
    public static string UniqueName(DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"{now.UtcDateTime:yyyyMMddTHHmmssfff}-{Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..8]}");

    /// <summary>The largest value of the id column <paramref name="idColumn"/> in the lake's <paramref name="table"/>; 0 when it has no rows.</summary>
    public static long LargestId(string lakeDir, LakeTable table, string idColumn)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!Lake.Tables(lakeDir).Contains(table.Name))
        {
            return 0;
        }

        using var lake = Lake.Open(lakeDir);
        using var command = lake.CreateCommand();
        command.CommandText = $"SELECT coalesce(max({idColumn}), 0) FROM {table.Name}";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
