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

    /// <summary>
    /// Runs an aggregate query and reads its rows, ordered by every column in turn (empty cells last), so that the
    /// order never depends on DuckDB's threads. They are sorted here rather than by ORDER BY: the rows are few, and an
    /// ORDER BY costs DuckDB about as much again as a small measure's whole query (30 ms of 70 for the FFT).
    /// </summary>
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

        rows.Sort(CompareRows);
        return new AggregateTable(columns, rows);
    }

    private static int CompareRows(object?[] a, object?[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            var order = (a[i], b[i]) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                (string x, string y) => string.CompareOrdinal(x, y),
                (IComparable x, var y) when x.GetType() == y.GetType() => x.CompareTo(y),
                (var x, var y) => Convert.ToDouble(x, CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(y, CultureInfo.InvariantCulture)),
            };
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    /// <summary>The columns that hold sums (counts, populations, totals); every other column is a key.</summary>
    public static readonly IReadOnlySet<string> SumColumns = new HashSet<string>(StringComparer.Ordinal)
    {
        "numerator", "denominator", "count", "population", "trials", "events", "n", "sum_y", "sum_y2",
    };

    /// <summary>
    /// The aggregates of larger units: each row's <c>unit_code</c> replaced by its ancestor in <paramref name="ancestorOf"/>
    /// (rows with none are dropped) and the sum columns added up over the rows that then share every key.
    /// </summary>
    public AggregateTable RollUp(IReadOnlyDictionary<string, string> ancestorOf)
    {
        var unit = index["unit_code"];
        var sums = Columns.Select((c, i) => (c, i)).Where(p => SumColumns.Contains(p.c)).Select(p => p.i).ToArray();
        var keys = Enumerable.Range(0, Columns.Count).Where(i => i != unit && !sums.Contains(i)).ToArray();
        var rolled = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            if (!ancestorOf.TryGetValue(Text(row, "unit_code"), out var ancestor))
            {
                continue;
            }

            var key = ancestor + "\u001f" + string.Join('\u001f', keys.Select(i => Convert.ToString(row[i], CultureInfo.InvariantCulture)));
            if (!rolled.TryGetValue(key, out var target))
            {
                target = (object?[])row.Clone();
                target[unit] = ancestor;
                foreach (var i in sums)
                {
                    target[i] = 0.0;
                }

                rolled[key] = target;
            }

            // An empty sum (a unit with events but no denominator) leaves the larger unit's sum empty too: its total is unknown.
            foreach (var i in sums)
            {
                target[i] = target[i] is double total && row[i] is { } value ? total + Convert.ToDouble(value, CultureInfo.InvariantCulture) : null;
            }
        }

        return new AggregateTable(Columns, rolled.Values.ToList());
    }

    /// <summary>The same columns with only the rows that pass <paramref name="keep"/>.</summary>
    public AggregateTable Where(Func<object?[], bool> keep) => new(Columns, Rows.Where(keep).ToList());

    /// <summary>The number in <paramref name="column"/>, or null when the cell is empty.</summary>
    public double? NumberOrNull(object?[] row, string column) =>
        row[index[column]] is { } value ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : null;

    public double Number(object?[] row, string column) => Number(row, index[column]);

    public string Text(object?[] row, string column) => Text(row, index[column]);

    /// <summary>The position of <paramref name="column"/>, for reading many rows without looking the name up each time.</summary>
    public int Column(string column) => index[column];

    public double Number(object?[] row, int column) => row[column] switch
    {
        double value => value,
        null => 0,
        var value => Convert.ToDouble(value, CultureInfo.InvariantCulture),
    };

    public string Text(object?[] row, int column) =>
        row[column] as string ?? Convert.ToString(row[column], CultureInfo.InvariantCulture) ?? "";

    public int Year(object?[] row) => row[index["fy"]] is int year ? year : (int)Number(row, "fy");
}
