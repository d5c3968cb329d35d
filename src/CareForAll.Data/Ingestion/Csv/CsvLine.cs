namespace CareForAll.Data.Ingestion.Csv;

/// <summary>
/// Splits one line of comma-separated text into fields (RFC 4180 quoting: a field in double quotes may hold commas,
/// and <c>""</c> inside quotes is one quote). A record is one line: quoted line breaks are not supported.
/// </summary>
internal static class CsvLine
{
    /// <summary>Splits <paramref name="line"/> into <paramref name="fields"/>; false when a quote is not closed.</summary>
    public static bool TrySplit(string line, List<string> fields)
    {
        fields.Clear();
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                var text = new System.Text.StringBuilder();
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        return false;
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            text.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    text.Append(line[i++]);
                }

                fields.Add(text.ToString());
                if (i < line.Length && line[i] != ',')
                {
                    return false;
                }
            }
            else
            {
                var end = line.IndexOf(',', i);
                var field = end < 0 ? line[i..] : line[i..end];
                if (field.Contains('"', StringComparison.Ordinal))
                {
                    return false;
                }

                fields.Add(field);
                i = end < 0 ? line.Length : end;
            }

            if (i >= line.Length)
            {
                return true;
            }

            i++; // the comma
            if (i == line.Length)
            {
                fields.Add("");
                return true;
            }
        }
    }
}
