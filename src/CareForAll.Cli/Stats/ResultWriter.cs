using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;

namespace CareForAll.Cli.Stats;

/// <summary>How a command prints its results.</summary>
public enum OutputFormat
{
    Table,
    Json,
    Csv,
}

/// <summary>
/// One result: named fields in print order. Values are <see cref="double"/>, <see cref="long"/>,
/// <see cref="int"/>, <see cref="string"/>, <see cref="bool"/> or null (printed as JSON null / an empty CSV cell).
/// </summary>
public sealed class ResultRow
{
    private readonly List<KeyValuePair<string, object?>> fields = [];

    public IReadOnlyList<KeyValuePair<string, object?>> Fields => fields;

    /// <summary>Adds a field; NaN and infinities become null.</summary>
    public ResultRow Add(string name, object? value)
    {
        if (value is double d && !double.IsFinite(d))
        {
            value = null;
        }

        fields.Add(new(name, value));
        return this;
    }
}

/// <summary>Writes result rows as a table, JSON (one object for a single result, an array otherwise) or CSV.</summary>
public static class ResultWriter
{
    public static void Write(TextWriter writer, OutputFormat format, IReadOnlyList<ResultRow> rows, bool single)
    {
        switch (format)
        {
            case OutputFormat.Json:
                WriteJson(writer, rows, single);
                break;
            case OutputFormat.Csv:
                WriteCsv(writer, rows);
                break;
            default:
                WriteTable(writer, rows);
                break;
        }
    }

    private static void WriteJson(TextWriter writer, IReadOnlyList<ResultRow> rows, bool single)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            if (single && rows.Count == 1)
            {
                WriteObject(json, rows[0]);
            }
            else
            {
                json.WriteStartArray();
                foreach (var row in rows)
                {
                    WriteObject(json, row);
                }

                json.WriteEndArray();
            }
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteObject(Utf8JsonWriter json, ResultRow row)
    {
        json.WriteStartObject();
        foreach (var (name, value) in row.Fields)
        {
            json.WritePropertyName(name);
            switch (value)
            {
                case null:
                    json.WriteNullValue();
                    break;
                case double d:
                    json.WriteNumberValue(d);
                    break;
                case long l:
                    json.WriteNumberValue(l);
                    break;
                case int i:
                    json.WriteNumberValue(i);
                    break;
                case bool b:
                    json.WriteBooleanValue(b);
                    break;
                default:
                    json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
            }
        }

        json.WriteEndObject();
    }

    private static void WriteCsv(TextWriter writer, IReadOnlyList<ResultRow> rows)
    {
        var columns = Columns(rows);
        writer.WriteLine(string.Join(',', columns.Select(Quote)));
        foreach (var row in rows)
        {
            var byName = row.Fields.ToDictionary(f => f.Key, f => f.Value);
            writer.WriteLine(string.Join(',', columns.Select(c => Quote(Format(byName.GetValueOrDefault(c))))));
        }
    }

    private static void WriteTable(TextWriter writer, IReadOnlyList<ResultRow> rows)
    {
        var columns = Columns(rows);
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in columns)
        {
            // Headers wrap between words rather than being cut short, and text (names, codes) is never cut in two:
            // the numbers' columns narrow instead.
            var text = rows.All(r => r.Fields.FirstOrDefault(f => f.Key == column).Value is null or string);
            table.AddColumn(new TableColumn(Markup.Escape(column.Replace('_', ' '))) { NoWrap = text });
        }

        foreach (var row in rows)
        {
            var byName = row.Fields.ToDictionary(f => f.Key, f => f.Value);
            table.AddRow(columns.Select(c => Markup.Escape(Format(byName.GetValueOrDefault(c), 6))).ToArray());
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        console.Write(table);
    }

    private static List<string> Columns(IReadOnlyList<ResultRow> rows)
    {
        var columns = new List<string>();
        foreach (var row in rows)
        {
            foreach (var (name, _) in row.Fields)
            {
                if (!columns.Contains(name))
                {
                    columns.Add(name);
                }
            }
        }

        return columns;
    }

    /// <summary>Invariant text for a value: doubles round-trip exactly, or to <paramref name="significant"/> digits.</summary>
    public static string Format(object? value, int? significant = null) => value switch
    {
        null => "",
        double d when significant is int s => d.ToString("G" + s, CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
