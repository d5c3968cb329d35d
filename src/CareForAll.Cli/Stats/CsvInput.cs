using System.Globalization;
using CareForAll.Core;

namespace CareForAll.Cli.Stats;

/// <summary>
/// A small CSV file read whole for a statistics command: a header row, then data rows. Errors name the
/// file, the row (1 is the header, so data starts at row 2) and the field.
/// </summary>
public sealed class CsvInput
{
    private readonly Dictionary<string, int> columnIndex;

    private CsvInput(string file, IReadOnlyList<string> columns, IReadOnlyList<CsvRow> rows)
    {
        File = file;
        Columns = columns;
        Rows = rows;
        columnIndex = columns.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.OrdinalIgnoreCase);
    }

    public string File { get; }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    public bool HasColumn(string name) => columnIndex.ContainsKey(name);

    /// <summary>Reads the file and checks that every required column is present.</summary>
    public static CsvInput Read(string path, params string[] requiredColumns)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new InputException($"{path}: file not found");
        }

        var lines = System.IO.File.ReadAllLines(path);
        if (lines.Length == 0 || string.IsNullOrWhiteSpace(lines[0]))
        {
            throw new InputException($"{path} row 1: the file is empty; expected a header row");
        }

        var columns = Split(lines[0]).Select(c => c.Trim()).ToList();
        var rows = new List<CsvRow>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var cells = Split(lines[i]);
            if (cells.Count != columns.Count)
            {
                throw new InputException($"{path} row {i + 1}: expected {columns.Count} fields, found {cells.Count}");
            }

            rows.Add(new CsvRow(path, i + 1, cells));
        }

        var input = new CsvInput(path, columns, rows);
        foreach (var required in requiredColumns)
        {
            if (!input.HasColumn(required))
            {
                throw new InputException($"{path} row 1, field {required}: required column is missing");
            }
        }

        foreach (var row in rows)
        {
            row.Owner = input;
        }

        return input;
    }

    internal int IndexOf(string column) =>
        columnIndex.TryGetValue(column, out var index)
            ? index
            : throw new InputException($"{File} row 1, field {column}: required column is missing");

    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(ch);
            }
        }

        cells.Add(current.ToString());
        return cells;
    }
}

/// <summary>One data row of a <see cref="CsvInput"/>, with typed getters whose errors name file, row and field.</summary>
public sealed class CsvRow
{
    private readonly IReadOnlyList<string> cells;

    internal CsvRow(string file, int row, IReadOnlyList<string> cells)
    {
        File = file;
        Row = row;
        this.cells = cells;
    }

    public string File { get; }

    /// <summary>The row number in the file (the header is row 1).</summary>
    public int Row { get; }

    internal CsvInput? Owner { get; set; }

    public string GetString(string column) => cells[Owner!.IndexOf(column)].Trim();

    /// <summary>True when the column exists and its cell is not blank.</summary>
    public bool Has(string column) => Owner!.HasColumn(column) && GetString(column).Length > 0;

    public double GetDouble(string column)
    {
        var text = GetString(column);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw Error(column, $"'{text}' is not a number");
        }

        return value;
    }

    /// <summary>A count: a whole number, zero or more. A blank cell is <paramref name="blankAs"/> when given.</summary>
    public long GetCount(string column, long? blankAs = null)
    {
        var text = GetString(column);
        if (text.Length == 0 && blankAs is long blank)
        {
            return blank;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw Error(column, $"'{text}' is not a number");
        }

        if (value < 0)
        {
            throw Error(column, $"'{text}' is negative; a count must be zero or more");
        }

        if (value != Math.Floor(value))
        {
            throw Error(column, $"'{text}' is not a whole number");
        }

        return (long)value;
    }

    public InputException Error(string column, string reason) => new($"{File} row {Row}, field {column}: {reason}");
}
