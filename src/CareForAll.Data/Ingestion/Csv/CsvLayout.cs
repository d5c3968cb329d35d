namespace CareForAll.Data.Ingestion.Csv;

/// <summary>
/// One accepted CSV layout: the lake table it loads and, for each lake column, the header names accepted for it
/// (compared lower-case with everything but letters and digits removed, so <c>Org Code</c> matches <c>orgcode</c>).
/// The lake column's own name is always accepted. Columns listed in <see cref="Derived"/> may be missing: they are
/// worked out from others (docs/ingest.md).
/// </summary>
internal sealed record CsvLayout(string Name, LakeTable Table, IReadOnlyDictionary<string, string[]> Aliases, IReadOnlySet<string> Derived)
{
    /// <summary>The header names accepted for <paramref name="column"/>, normalised.</summary>
    public IEnumerable<string> HeadersFor(LakeColumn column) =>
        new[] { Normalise(column.Name) }.Concat(Aliases.TryGetValue(column.Name, out var more) ? more.Select(Normalise) : []);

    /// <summary>A header name lower-cased with everything but ASCII letters and digits removed.</summary>
    public static string Normalise(string header) =>
        string.Concat(header.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant));

    /// <summary>
    /// Where each lake column comes from in a file with <paramref name="headers"/> (−1 when absent), or null when a
    /// required column is missing. <paramref name="nhsNumberColumn"/> is the NHS number column that stands in for
    /// <c>patient_id</c> (−1 when none).
    /// </summary>
    public int[]? Bind(IReadOnlyList<string> headers, out int nhsNumberColumn, out int matched)
    {
        var normalised = headers.Select(Normalise).ToList();
        var positions = new int[Table.Columns.Count];
        matched = 0;
        nhsNumberColumn = normalised.FindIndex(h => h is "nhsnumber" or "nhsno");
        for (var i = 0; i < positions.Length; i++)
        {
            var column = Table.Columns[i];
            var accepted = HeadersFor(column).ToHashSet(StringComparer.Ordinal);
            positions[i] = normalised.FindIndex(accepted.Contains);
            if (positions[i] >= 0)
            {
                matched++;
            }
            else if (!column.Nullable && !Derived.Contains(column.Name) && !(column.Name == "patient_id" && nhsNumberColumn >= 0))
            {
                return null;
            }
        }

        return positions;
    }
}
