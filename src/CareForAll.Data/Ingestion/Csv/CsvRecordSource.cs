using System.Globalization;
using CareForAll.Core.Text;

namespace CareForAll.Data.Ingestion.Csv;

/// <summary>
/// Reads a CSV extract whose layout is recognised from its header (<see cref="CsvLayouts"/>), or an ODS standard
/// headerless file named <c>etr*</c> (trusts), <c>epraccur*</c> (GP practices) or <c>eccg*</c> (commissioners).
/// Yields one <see cref="SourceRecord"/> per line after the header: typed values in lake column order, or a refusal.
/// </summary>
internal sealed class CsvRecordSource
{
    private readonly string _path;
    private readonly CsvLayout _layout;
    private readonly int[] _positions;
    private readonly int _nhsNumberColumn;
    private readonly int _needed;
    private readonly string? _odsKind;
    private readonly int _patientId;
    private readonly TextCache<string>[] _texts;
    private readonly bool[] _standardised;

    private CsvRecordSource(string path, CsvLayout layout, int[] positions, int nhsNumberColumn, string? odsKind)
    {
        _path = path;
        _layout = layout;
        _positions = positions;
        _nhsNumberColumn = nhsNumberColumn;
        _needed = Math.Max(positions.Max(), nhsNumberColumn) + 1;
        _odsKind = odsKind;
        var table = layout.Table;
        _patientId = table.Columns.ToList().FindIndex(c => c.Name == "patient_id");
        _texts = [.. table.Columns.Select(c => new TextCache<string>(text => Standardise(table, c.Name, text)))];
        _standardised = [.. table.Columns.Select(c => c.Type == LakeType.Varchar || IsRecoded(table, c.Name))];
    }

    public LakeTable Table => _layout.Table;

    /// <summary>Opens <paramref name="path"/> and recognises its layout; null with a reason when it has none.</summary>
    public static CsvRecordSource? Open(string path, out string? reason)
    {
        reason = null;
        using var reader = new StreamReader(path, LineChunk.Utf8, detectEncodingFromByteOrderMarks: true);
        var first = reader.ReadLine();
        var bytes = first is null ? [] : LineChunk.Utf8.GetBytes(first);
        var split = new List<CsvField>();
        if (first is null || !CsvLine.TrySplit(bytes, split))
        {
            reason = first is null ? "the file is empty" : "the first line is not CSV";
            return null;
        }

        var fields = split.Select(f => f.Text(bytes)).ToList();

        if (OdsKind(path) is { } kind && fields.Count >= 12 && OdsCodePattern.Parse(fields[0]).Success)
        {
            // ODS standard format: no header; 1 code, 2 name, 3 national grouping, 10 postcode, 11 open, 12 close, 15 commissioner.
            var parent = kind == "gp_practice" ? 14 : 2;
            int[] positions = [0, 1, -1, parent, 9, -1, -1, 10, 11, -1];
            return new CsvRecordSource(path, new CsvLayout("ODS standard " + kind, LakeSchema.Organisation, new Dictionary<string, string[]>(),
                new HashSet<string> { "kind" }), positions, -1, kind);
        }

        var recognised = CsvLayouts.Recognise(fields);
        if (recognised is not { } found)
        {
            reason = $"the header ({FieldText.Shorten(first)}) matches no known layout (docs/ingest.md)";
            return null;
        }

        return new CsvRecordSource(path, found.Layout, found.Positions, found.NhsNumberColumn, null);
    }

    /// <summary>
    /// Gives <paramref name="into"/> the records on the lines of <paramref name="chunk"/> (the header line is
    /// skipped); safe to call on several chunks at once. One row array serves every line, as
    /// <see cref="PreparedChunk.Add"/> copies the values out of it.
    /// </summary>
    public void Parse(LineChunk chunk, PreparedChunk into)
    {
        var fields = new List<CsvField>();
        var row = new object?[_layout.Table.Columns.Count];
        foreach (var (number, line) in chunk.Lines(into.LineList))
        {
            if (number > 1 || _odsKind is not null)
            {
                Array.Clear(row);
                into.Add(ReadLine(number, line, chunk.Line(line), fields, row));
            }
        }
    }

    private SourceRecord ReadLine(long line, Range raw, ReadOnlySpan<byte> text, List<CsvField> fields, object?[] row)
    {
        var table = _layout.Table;
        if (!CsvLine.TrySplit(text, fields))
        {
            return SourceRecord.Refused(line, table, "(line)", "a quote is not closed, or text follows a closing quote", raw);
        }

        if (fields.Count < _needed)
        {
            return SourceRecord.Refused(line, table, "(line)", $"{fields.Count} fields, the layout needs {_needed}", raw);
        }

        for (var i = 0; i < row.Length; i++)
        {
            if (_positions[i] < 0)
            {
                continue;
            }

            var column = table.Columns[i];
            var field = fields[_positions[i]];
            string? reason;
            var parsed = _standardised[i] || field.Escaped
                ? FieldText.TryParse(field.Escaped ? Standardise(table, column.Name, field.Text(text)) : _texts[i].Get(field.In(text)), column.Type, out row[i], out reason)
                : FieldText.TryParse(field.In(text), column.Type, out row[i], out reason);
            if (!parsed)
            {
                return SourceRecord.Refused(line, table, column.Name, reason!, raw);
            }
        }

        if (_nhsNumberColumn >= 0 && row[_patientId] is null)
        {
            var nhs = NhsNumberPattern.Parse(fields[_nhsNumberColumn].Text(text));
            if (!nhs.Success)
            {
                return SourceRecord.Refused(line, table, "nhs_number", nhs.ErrorMessage, raw);
            }

            row[_patientId] = PatientKey.FromNhsNumber(nhs.Value);
        }

        if (_odsKind is not null)
        {
            row[table.IndexOf("kind")] = _odsKind;
        }

        Derive(table, row);
        return SourceRecord.Accepted(line, table, row, raw);
    }

    /// <summary>Fills columns a layout may leave out: the admission type from the method, the stay from the dates, empty code lists.</summary>
    private static void Derive(LakeTable table, object?[] row)
    {
        if (table != LakeSchema.Spell)
        {
            return;
        }

        var type = table.IndexOf("admission_type");
        if (row[type] is null && row[table.IndexOf("admission_method")] is string method)
        {
            row[type] = method switch
            {
                "11" or "12" or "13" => "elective",
                "21" or "22" or "23" or "24" or "25" or "28" or "2A" or "2B" or "2C" or "2D" => "emergency",
                "31" or "32" => "maternity",
                "81" or "82" or "83" => "transfer",
                _ => null,
            };
        }

        var los = table.IndexOf("los_days");
        if (row[los] is null && row[table.IndexOf("admission_date")] is DateOnly admitted && row[table.IndexOf("discharge_date")] is DateOnly discharged && discharged >= admitted)
        {
            row[los] = discharged.DayNumber - admitted.DayNumber;
        }

        foreach (var list in new[] { "secondary_diagnoses", "procedures" })
        {
            row[table.IndexOf(list)] ??= "";
        }
    }

    /// <summary>Source codings turned into the lake's: HES sex 1/2, patient class 1/2, department type 01–03, sitrep periods, ODS dates.</summary>
    private static string Standardise(LakeTable table, string column, string text)
    {
        var trimmed = text.Trim();
        return (table.Name, column) switch
        {
            (_, "sex") => trimmed switch
            {
                "1" or "m" or "Male" or "male" => "M",
                "2" or "f" or "Female" or "female" => "F",
                _ => trimmed,
            },
            ("spell", "patient_class") => trimmed switch { "1" => "ordinary", "2" => "day_case", _ => trimmed },
            ("ae_attendance", "department_type") => trimmed.TrimStart('0'),
            ("ae_monthly", "month") => SitrepMonth(trimmed),
            _ => trimmed,
        };
    }

    /// <summary>True for the columns <see cref="Standardise"/> does more to than trimming.</summary>
    private static bool IsRecoded(LakeTable table, string column) =>
        (table.Name, column) is (_, "sex") or ("spell", "patient_class") or ("ae_attendance", "department_type") or ("ae_monthly", "month");

    /// <summary><c>MSitAE-APRIL-2025</c> → <c>2025-04-01</c>; other text unchanged.</summary>
    private static string SitrepMonth(string text)
    {
        var parts = text.Split('-');
        if (parts.Length == 3 && parts[0].StartsWith("MSit", StringComparison.OrdinalIgnoreCase)
            && DateTime.TryParseExact(parts[1] + " " + parts[2], "MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month.ToString("yyyy-MM-01", CultureInfo.InvariantCulture);
        }

        return text;
    }

    private static string? OdsKind(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        return name.StartsWith("etr", StringComparison.Ordinal) ? "trust"
            : name.StartsWith("epraccur", StringComparison.Ordinal) ? "gp_practice"
            : name.StartsWith("eccg", StringComparison.Ordinal) ? "commissioner"
            : null;
    }
}
