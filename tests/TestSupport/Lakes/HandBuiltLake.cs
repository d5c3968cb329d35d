using CareForAll.Data;
using DuckDB.NET.Data;

namespace CareForAll.Tests;

/// <summary>
/// A tiny lake built by hand in an in-memory DuckDB: every table of the lake contract (<see cref="LakeSchema"/>, as
/// docs/lake.md describes it) with its columns and no rows, filled by each test with the few rows whose results it
/// works out by hand. Linked into the test projects that reference DuckDB.
/// </summary>
internal sealed class HandBuiltLake : IDisposable
{
    public HandBuiltLake()
    {
        Connection = new DuckDBConnection("DataSource=:memory:");
        Connection.Open();
        foreach (var table in LakeSchema.Tables)
        {
            Execute(Lake.TableSql(table));
        }
    }

    public DuckDBConnection Connection { get; }

    public void Execute(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Inserts <paramref name="count"/> copies of a row given as a SQL SELECT list.</summary>
    public void Repeat(string table, int count, string selectList) =>
        Execute($"INSERT INTO {table} SELECT {selectList} FROM range({count}) t(i)");

    public void Dispose() => Connection.Dispose();
}
