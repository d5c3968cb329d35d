namespace CareForAll.Data.Ingestion;

/// <summary>The non-empty lines of a source file with their line numbers, reporting progress as bytes read.</summary>
internal static class SourceLines
{
    /// <summary>
    /// Reads on from <paramref name="line"/> (the number of lines already consumed, e.g. 1 after a header) and yields
    /// each non-empty line; <paramref name="bytesRead"/> hears about every megabyte and the rest at the end.
    /// </summary>
    public static IEnumerable<(long Line, string Text)> NonEmpty(StreamReader reader, Stream stream, long line, Action<long> bytesRead)
    {
        string? text;
        var lastReport = 0L;
        while ((text = reader.ReadLine()) is not null)
        {
            line++;
            if (stream.Position - lastReport > 1 << 20)
            {
                bytesRead(stream.Position - lastReport);
                lastReport = stream.Position;
            }

            if (text.Length > 0)
            {
                yield return (line, text);
            }
        }

        bytesRead(stream.Position - lastReport);
    }
}
