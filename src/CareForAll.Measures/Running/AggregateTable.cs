using System.Globalization;
using DuckDB.NET.Data;

namespace CareForAll.Measures.Running;

/// <summary>The rows of an aggregate query, read whole (aggregates are small: units × years × patterns).</summary>
public sealed class AggregateTable
{
    private readonly Dictionary<string, int> index;

    private AggregateTable(IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows)
    {
        Columns = columns;
        Rows = rows;
        index = columns.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<object?[]> Rows { get; }

    public static AggregateTable Query(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return new AggregateTable(columns, rows);
    }

    /// <summary>The same columns with only the rows that pass <paramref name="keep"/>.</summary>
    public AggregateTable Where(Func<object?[], bool> keep) => new(Columns, Rows.Where(keep).ToList());

    public double Number(object?[] row, string column) =>
        row[index[column]] is { } value ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : 0;

    public string Text(object?[] row, string column) =>
        Convert.ToString(row[index[column]], CultureInfo.InvariantCulture) ?? "";

    public int Year(object?[] row) => (int)Number(row, "fy");
}
