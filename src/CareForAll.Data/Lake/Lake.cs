using CareForAll.Core;
using DuckDB.NET.Data;

namespace CareForAll.Data;

/// <summary>
/// Opens a lake folder (one sub-folder of Parquet files per table, see docs/lake.md) as an in-memory DuckDB
/// database with one view per table, each column cast to its <see cref="LakeSchema"/> type.
/// </summary>
public static class Lake
{
    /// <summary>The names of the lake tables that have at least one Parquet file under <paramref name="dir"/>.</summary>
    public static IReadOnlyList<string> Tables(string dir) =>
        [.. LakeSchema.Tables.Where(t => HasFiles(dir, t)).Select(t => t.Name)];

    /// <summary>
    /// An open in-memory DuckDB connection with a view per lake table: over its Parquet files, or empty (with the
    /// table's columns and types) when the table has no files yet, so that queries naming it still run.
    /// </summary>
    /// <exception cref="InputException">The folder does not exist.</exception>
    public static DuckDBConnection Open(string dir)
    {
        if (!Directory.Exists(dir))
        {
            throw new InputException($"{dir}: lake folder not found");
        }

        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        try
        {
            foreach (var table in LakeSchema.Tables)
            {
                using var command = connection.CreateCommand();
                command.CommandText = HasFiles(dir, table) ? ViewSql(dir, table) : EmptyViewSql(table);
                command.ExecuteNonQuery();
            }
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return connection;
    }

    /// <summary>The <c>CREATE VIEW</c> statement for one table.</summary>
    public static string ViewSql(string dir, LakeTable table)
    {
        var glob = Path.Combine(Path.GetFullPath(dir), table.Name, "*.parquet").Replace("'", "''", StringComparison.Ordinal);
        var columns = string.Join(", ", table.Columns.Select(c => $"CAST(\"{c.Name}\" AS {c.SqlType}) AS \"{c.Name}\""));
        return $"CREATE VIEW \"{table.Name}\" AS SELECT {columns} FROM read_parquet('{glob}')";
    }

    /// <summary>An empty table with the table's columns, for a lake built in memory by hand (tests and tools).</summary>
    public static string TableSql(LakeTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return $"CREATE TABLE \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\" {c.SqlType}"))})";
    }

    /// <summary>A view with the table's columns and no rows.</summary>
    private static string EmptyViewSql(LakeTable table)
    {
        var columns = string.Join(", ", table.Columns.Select(c => $"CAST(NULL AS {c.SqlType}) AS \"{c.Name}\""));
        return $"CREATE VIEW \"{table.Name}\" AS SELECT {columns} WHERE FALSE";
    }

    private static bool HasFiles(string dir, LakeTable table)
    {
        var folder = Path.Combine(dir, table.Name);
        return Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.parquet").Any();
    }
}
