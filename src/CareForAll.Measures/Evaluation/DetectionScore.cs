using CareForAll.Measures.Running;
using CareForAll.Statistics;

namespace CareForAll.Measures.Evaluation;

/// <summary>How well one measure finds one kind of planted problem (each unit × period is one case).</summary>
public sealed record DetectionScore(
    string Problem,
    string MeasureId,
    int Planted,
    int Detectable,
    int Flagged95,
    int Flagged998,
    double Sensitivity95,
    double Sensitivity998,
    double SensitivityDetectable998,
    double FalsePositiveRate95,
    double FalsePositiveRate998);

/// <summary>
/// Scores the "worse than expected" flags in measure results against the generator's planted problems: sensitivity
/// (planted unit-periods flagged) and false-positive rate (unplanted unit-periods flagged) at 95% and 99.8%.
/// </summary>
public static class DetectionScoring
{
    /// <summary>Which measures should reveal each kind of planted problem.</summary>
    public static IReadOnlyList<string> MeasuresFor(PlantedProblem problem) => problem.Problem switch
    {
        "excess_mortality" => ["hospital-mortality-ratio"],
        "high_readmissions" => ["emergency-readmission-30-days"],
        "poor_proms" => ["hip-replacement-oxford-gain", "knee-replacement-oxford-gain"],
        "poor_diabetes_control" => ["diabetes-hba1c-58"],
        "infection_outbreak" when problem.Kind == "c_difficile" => ["c-difficile-rate"],
        "infection_outbreak" => ["mrsa-bacteraemia-rate"],
        _ => [],
    };

    public static IReadOnlyList<DetectionScore> Score(IReadOnlyList<PlantedProblem> planted, IReadOnlyList<MeasureResult> results)
    {
        var scores = new List<DetectionScore>();
        var pairs = planted.SelectMany(p => MeasuresFor(p).Select(m => (p.Problem, Measure: m))).Distinct().OrderBy(p => p.Problem, StringComparer.Ordinal).ThenBy(p => p.Measure, StringComparer.Ordinal);
        foreach (var (problem, measureId) in pairs)
        {
            var items = planted.Where(p => p.Problem == problem && MeasuresFor(p).Contains(measureId)).ToList();
            var rows = results.Where(r => r.MeasureId == measureId).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            var unitType = rows.GroupBy(r => r.UnitType).OrderByDescending(g => g.Count()).First().Key;
            rows = rows.Where(r => r.UnitType == unitType).ToList();
            var plantedRows = rows.Where(r => items.Any(i => Covers(i, r))).ToList();
            var plantedUnits = items.Select(i => i.UnitCode).ToHashSet(StringComparer.Ordinal);
            var clearRows = rows.Where(r => !plantedUnits.Contains(r.UnitCode)).ToList();
            var detectable = plantedRows.Where(r => Detectable(items.First(i => Covers(i, r)), r)).ToList();
            scores.Add(new DetectionScore(
                problem,
                measureId,
                plantedRows.Count,
                detectable.Count,
                plantedRows.Count(Worse95),
                plantedRows.Count(Worse998),
                Share(plantedRows.Count(Worse95), plantedRows.Count),
                Share(plantedRows.Count(Worse998), plantedRows.Count),
                Share(detectable.Count(Worse998), detectable.Count),
                Share(clearRows.Count(Worse95), clearRows.Count),
                Share(clearRows.Count(Worse998), clearRows.Count)));
        }

        return scores;
    }

    private static bool Covers(PlantedProblem item, MeasureResult row) =>
        item.UnitCode == row.UnitCode && (item.Periods is not { } periods || periods.Contains(row.Period));

    /// <summary>
    /// For a ratio, whether the unit's volume allows detection: a unit observing exactly its planted ratio would lie
    /// beyond the exact Poisson 99.8% funnel limit for its expected count. Other problems count as detectable.
    /// </summary>
    private static bool Detectable(PlantedProblem item, MeasureResult row) =>
        item.Problem is not ("excess_mortality" or "high_readmissions") || row.Expected is not { } expected || item.Strength is not { } strength
            || (expected > 0 && strength > FunnelPlot.ExactLimits(FunnelKind.Ratio, 1, expected).Upper998);

    private static bool Worse95(MeasureResult r) => r.Band is "worse_95" or "worse_998";

    private static bool Worse998(MeasureResult r) => r.Band == "worse_998";

    private static double Share(int count, int total) => total == 0 ? double.NaN : (double)count / total;
}
