using System.Globalization;
using CareForAll.Core;

namespace CareForAll.Care.Proms;

/// <summary>
/// The van Hout crosswalk from EQ-5D-5L states to the EQ-5D-3L UK value set, the index NICE recommends for
/// reference-case analyses. The 3,125-row table is read from a CSV file the user supplies (<c>state,index</c>).
/// </summary>
/// <remarks>
/// van Hout B, Janssen MF, Feng YS, et al. Interim scoring for the EQ-5D-5L: mapping the EQ-5D-5L to EQ-5D-3L value
/// sets. Value Health 2012;15(5):708–715. Immutable and thread-safe once loaded.
/// </remarks>
public sealed class Eq5d5lCrosswalk
{
    /// <summary>The number of EQ-5D-5L states (5^5), each of which the table must give exactly once.</summary>
    public const int StateCount = 3125;

    private readonly Dictionary<Eq5d5lProfile, double> indexByState;

    private Eq5d5lCrosswalk(Dictionary<Eq5d5lProfile, double> indexByState) => this.indexByState = indexByState;

    /// <summary>The crosswalk index of <paramref name="profile"/>.</summary>
    public double Index(Eq5d5lProfile profile) => indexByState[profile];

    /// <summary>
    /// Reads a table with a header <c>state,index</c> and one row per state. Throws <see cref="InputException"/> naming
    /// the file, line and field for a bad row, a repeated state or a missing one.
    /// </summary>
    public static Eq5d5lCrosswalk Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"{path}: file not found");
        }

        var table = new Dictionary<Eq5d5lProfile, double>(StateCount);
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()?.TrimStart('\uFEFF').Split(',').Select(c => c.Trim()).ToArray();
        if (header is not ["state", "index"])
        {
            throw InputException.At(path, 1, "header", "expected the header state,index");
        }

        var line = 1L;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var cells = text.Split(',');
            if (cells.Length != 2)
            {
                throw InputException.At(path, line, "state", $"expected 2 fields (state,index), found {cells.Length}");
            }

            if (!Eq5d5lProfile.TryFromDigits(cells[0].Trim(), out var state))
            {
                throw InputException.At(path, line, "state", $"'{cells[0]}' is not five digits, each 1 to 5");
            }

            if (!double.TryParse(cells[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var index) || !double.IsFinite(index))
            {
                throw InputException.At(path, line, "index", $"'{cells[1]}' is not a number");
            }

            if (!table.TryAdd(state, index))
            {
                throw InputException.At(path, line, "state", $"state {state} appears twice");
            }
        }

        if (table.Count != StateCount)
        {
            throw InputException.At(path, line, "state", $"the table has {table.Count} states; all {StateCount} are needed");
        }

        return new Eq5d5lCrosswalk(table);
    }
}
