using System.Text.Json;
using CareForAll.Core;

namespace CareForAll.Measures.Evaluation;

/// <summary>
/// One quality problem the synthetic generator planted (from the lake's <c>truth.json</c>): what kind, in which
/// organisation, how strong, and for an outbreak, in which months.
/// </summary>
public sealed record PlantedProblem(string Problem, string UnitCode, double? Strength, string? Kind, IReadOnlyList<string> Months)
{
    /// <summary>Reads the <c>planted</c> array of a truth file; errors name the file and the item.</summary>
    public static IReadOnlyList<PlantedProblem> ReadTruth(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"{path}: truth file not found (the generator writes truth.json beside the lake)");
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        if (!document.RootElement.TryGetProperty("planted", out var planted) || planted.ValueKind != JsonValueKind.Array)
        {
            throw new InputException($"{path}, field planted: expected an array of planted problems");
        }

        var list = new List<PlantedProblem>();
        var index = 0;
        foreach (var item in planted.EnumerateArray())
        {
            index++;
            var problem = item.TryGetProperty("problem", out var p) ? p.GetString() : null;
            var unit = item.TryGetProperty("trust", out var t) ? t.GetString() : item.TryGetProperty("practice", out var pr) ? pr.GetString() : null;
            if (problem is null || unit is null)
            {
                throw new InputException($"{path}, planted item {index}: needs 'problem' and a 'trust' or 'practice' code");
            }

            double? strength = null;
            foreach (var name in new[] { "smr", "readmission_multiplier", "gain_multiplier", "rate_multiplier", "hba1c_shift" })
            {
                if (item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number)
                {
                    strength = value.GetDouble();
                }
            }

            var months = item.TryGetProperty("months", out var m) && m.ValueKind == JsonValueKind.Array
                ? m.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
                : [];
            list.Add(new PlantedProblem(problem, unit, strength, item.TryGetProperty("kind", out var k) ? k.GetString() : null, months));
        }

        return list;
    }

    /// <summary>The financial years (2008-09) this problem is present in; null when it lasts throughout.</summary>
    public IReadOnlySet<string>? Periods => Months.Count == 0
        ? null
        : Months.Select(month =>
        {
            var date = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return ReportingPeriod.ContainingFinancialYear(date).ToString();
        }).ToHashSet(StringComparer.Ordinal);
}
