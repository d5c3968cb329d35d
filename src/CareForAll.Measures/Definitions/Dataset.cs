using System.Text.RegularExpressions;
using CareForAll.Core;
using CareForAll.Measures.Compilation;

namespace CareForAll.Measures.Definitions;

/// <summary>
/// A named intermediate table shared by several measures (e.g. <c>patient_year</c>: registered people at each year
/// end with their registers and latest readings), defined by one SELECT in <c>measures/datasets/NAME.sql</c>. The
/// runner builds it once per run, the first time a measure's SQL names it.
/// </summary>
/// <remarks>
/// A dataset whose rows each belong to one financial year says which date column places them, on a line
/// <c>-- period: COLUMN</c>; the runner then builds only the year asked for when a run is for one year
/// (<see cref="PeriodColumn"/>). A line <c>-- build: one year at a time</c> also has a run over several years build it
/// one year after another, holding one at a time (<see cref="YearByYear"/>).
/// </remarks>
public sealed partial record Dataset(string Name, string Sql, string SourceFile)
{
    /// <summary>The date column whose financial year each row belongs to (the file's <c>-- period: COLUMN</c> line), or null.</summary>
    public string? PeriodColumn { get; } = PeriodLine().Match(Sql) is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>
    /// True when a run over several years should build the dataset for one year at a time (the file's
    /// <c>-- build: one year at a time</c> line, with a period column): worth it when the years together would not fit in
    /// memory, not when most of the work is shared by every year.
    /// </summary>
    public bool YearByYear => PeriodColumn is not null && YearByYearLine().IsMatch(Sql);

    /// <summary>The datasets shipped with CareForAll (the repository's <c>measures/datasets/</c>, embedded).</summary>
    public static IReadOnlyList<Dataset> ReadBuiltIn()
    {
        var assembly = typeof(Dataset).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("datasets/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return Create(name, reader.ReadToEnd());
            })
            .ToList();
    }

    /// <summary>The <c>datasets/*.sql</c> files of a measures folder (none when it has no such folder).</summary>
    public static IReadOnlyList<Dataset> ReadFolder(string measuresFolder)
    {
        var folder = Path.Combine(measuresFolder, "datasets");
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.sql").Order(StringComparer.Ordinal).Select(f => Create(f, File.ReadAllText(f))).ToList()
            : [];
    }

    /// <summary>True when <paramref name="sql"/> names this dataset as a whole word.</summary>
    public bool IsUsedBy(string sql) => SqlCompiler.Names(sql, Name);

    private static Dataset Create(string file, string sql)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        if (!NamePattern().IsMatch(name))
        {
            throw new InputException($"{file} line 1: a dataset file is named after its table: lower-case letters, digits and underscores");
        }

        if (string.IsNullOrWhiteSpace(sql))
        {
            throw new InputException($"{file} line 1: the file is empty; expected one SELECT");
        }

        return new Dataset(name, sql, file);
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^--\s*period:\s*([a-z][a-z0-9_]*)\s*$", RegexOptions.Multiline)]
    private static partial Regex PeriodLine();

    [GeneratedRegex(@"^--\s*build:\s*one year at a time\s*$", RegexOptions.Multiline)]
    private static partial Regex YearByYearLine();
}
