namespace CareForAll.Statistics;

/// <summary>
/// Statistical disclosure control for a table of counts with row, column and grand totals, following the
/// small-number rules used for NHS and public-health statistics (NHS Digital / ONS guidance; "HES
/// Analysis Guide", small numbers; Office for National Statistics, "Disclosure control guidance for
/// tables produced from administrative sources", 2014): counts from 1 to 7 are suppressed (primary
/// suppression), and so is anything from which they could be worked out (secondary suppression).
/// </summary>
/// <remarks>
/// Every row and every column, the totals row and column included, is an additive line: its cells sum to
/// its total. A line with exactly one suppressed entry would give it away by subtraction, so the next
/// smallest shown interior cell of that line is suppressed too (a non-zero one when there is one; the
/// line's total when no interior cell is left). This repeats until no line has exactly one suppressed
/// entry. Zero is shown. Optionally every shown count is then rounded to the nearest 5.
/// </remarks>
public static class DisclosureControl
{
    /// <summary>The largest count that is suppressed by default.</summary>
    public const long DefaultLargestSuppressed = 7;

    /// <summary>Applies primary and secondary suppression (and optional rounding) to a table of counts; totals are computed from the cells.</summary>
    /// <param name="counts">The interior cells, one list per row; every row the same length; counts zero or more.</param>
    /// <param name="largestSuppressed">Counts from 1 to this are suppressed.</param>
    /// <param name="roundToNearestFive">Round every shown count to the nearest 5.</param>
    public static DisclosedTable Suppress(IReadOnlyList<IReadOnlyList<long>> counts, long largestSuppressed = DefaultLargestSuppressed, bool roundToNearestFive = false)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var rows = counts.Count;
        var columns = rows == 0 ? 0 : counts[0].Count;
        if (rows == 0 || columns == 0)
        {
            throw new ArgumentException("The table needs at least one row and one column.", nameof(counts));
        }

        var values = new long[rows + 1, columns + 1];
        for (var r = 0; r < rows; r++)
        {
            if (counts[r].Count != columns)
            {
                throw new ArgumentException($"Row {r} has {counts[r].Count} cells; row 0 has {columns}.", nameof(counts));
            }

            for (var c = 0; c < columns; c++)
            {
                var value = counts[r][c];
                if (value < 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(counts), value, $"Cell ({r}, {c}) is negative; counts must be zero or more.");
                }

                values[r, c] = value;
                values[r, columns] += value;
                values[rows, c] += value;
                values[rows, columns] += value;
            }
        }

        var suppressed = new bool[rows + 1, columns + 1];
        for (var r = 0; r <= rows; r++)
        {
            for (var c = 0; c <= columns; c++)
            {
                suppressed[r, c] = values[r, c] >= 1 && values[r, c] <= largestSuppressed;
            }
        }

        var lines = new List<(int Row, int Column)[]>();
        for (var r = 0; r <= rows; r++)
        {
            lines.Add([.. Enumerable.Range(0, columns + 1).Select(c => (r, c))]);
        }

        for (var c = 0; c <= columns; c++)
        {
            lines.Add([.. Enumerable.Range(0, rows + 1).Select(r => (r, c))]);
        }

        bool changed;
        do
        {
            changed = false;
            foreach (var line in lines)
            {
                if (line.Count(p => suppressed[p.Row, p.Column]) != 1)
                {
                    continue;
                }

                var interior = line[..^1].Where(p => !suppressed[p.Row, p.Column]).ToList();
                var complement = interior.Count == 0
                    ? line[^1]
                    : interior.OrderBy(p => values[p.Row, p.Column] == 0 ? 1 : 0).ThenBy(p => values[p.Row, p.Column]).First();
                suppressed[complement.Row, complement.Column] = true;
                changed = true;
            }
        }
        while (changed);

        var shown = new long?[rows + 1, columns + 1];
        for (var r = 0; r <= rows; r++)
        {
            for (var c = 0; c <= columns; c++)
            {
                shown[r, c] = suppressed[r, c] ? null : roundToNearestFive ? RoundToNearestFive(values[r, c]) : values[r, c];
            }
        }

        return new DisclosedTable(shown);
    }

    /// <summary>A count rounded to the nearest multiple of 5 (…, 12 → 10, 13 → 15).</summary>
    public static long RoundToNearestFive(long count) => (count + 2) / 5 * 5;
}
