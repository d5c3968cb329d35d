namespace CareForAll.Data.Ingestion.Csv;

/// <summary>
/// Splits one line of comma-separated UTF-8 text into fields (RFC 4180 quoting: a field in double quotes may hold
/// commas, and <c>""</c> inside quotes is one quote). A record is one line: quoted line breaks are not supported.
/// </summary>
internal static class CsvLine
{
    /// <summary>Splits <paramref name="line"/> into <paramref name="fields"/>; false when a quote is not closed.</summary>
    public static bool TrySplit(ReadOnlySpan<byte> line, List<CsvField> fields)
    {
        fields.Clear();
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                var start = ++i;
                var escaped = false;
                while (true)
                {
                    var quote = line[i..].IndexOf((byte)'"');
                    if (quote < 0)
                    {
                        return false;
                    }

                    i += quote;
                    if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        escaped = true;
                        i += 2;
                        continue;
                    }

                    break;
                }

                fields.Add(new CsvField(start, i - start, escaped));
                i++;
                if (i < line.Length && line[i] != ',')
                {
                    return false;
                }
            }
            else
            {
                var end = line[i..].IndexOf((byte)',');
                end = end < 0 ? line.Length : i + end;
                if (line[i..end].Contains((byte)'"'))
                {
                    return false;
                }

                fields.Add(new CsvField(i, end - i, false));
                i = end;
            }

            if (i >= line.Length)
            {
                return true;
            }

            i++; // the comma
            if (i == line.Length)
            {
                fields.Add(new CsvField(i, 0, false));
                return true;
            }
        }
    }
}

/// <summary>Where one field lies in its line; <paramref name="Escaped"/> when it was quoted and holds <c>""</c> for a quote.</summary>
internal readonly record struct CsvField(int Start, int Length, bool Escaped)
{
    public ReadOnlySpan<byte> In(ReadOnlySpan<byte> line) => line.Slice(Start, Length);

    /// <summary>The field's text, quotes unescaped.</summary>
    public string Text(ReadOnlySpan<byte> line)
    {
        var text = LineChunk.Utf8.GetString(In(line));
        return Escaped ? text.Replace("\"\"", "\"", StringComparison.Ordinal) : text;
    }
}
