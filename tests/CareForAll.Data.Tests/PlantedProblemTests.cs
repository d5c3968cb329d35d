using System.Text.Json;

namespace CareForAll.Data.Tests;

/// <summary>
/// The other planted problems in truth.json show up at scale 0.05 with the measure each item names, inside the
/// item's expected range.
/// </summary>
public sealed class PlantedProblemTests(GeneratedLakes lakes)
{
    [Theory]
    [InlineData("high_readmissions")]
    [InlineData("poor_proms")]
    [InlineData("infection_outbreak")]
    [InlineData("poor_diabetes_control")]
    public void PlantedItemIsVisibleInItsRange(string problem)
    {
        var items = Planted(problem);
        Assert.NotEmpty(items);
        using var connection = Lake.Open(lakes.Twentieth);
        foreach (var item in items)
        {
            var range = item.GetProperty("range").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            var value = Sql.Scalar(connection, MeasureSql(problem, item));
            Assert.True(value >= range[0] && value <= range[1], $"{problem}: {value} outside [{range[0]}, {range[1]}]");
        }
    }

    private List<JsonElement> Planted(string problem) =>
        [.. JsonDocument.Parse(File.ReadAllText(Path.Combine(lakes.Twentieth, "truth.json"))).RootElement
            .GetProperty("planted").EnumerateArray().Where(p => p.GetProperty("problem").GetString() == problem)];

    private static string MeasureSql(string problem, JsonElement item) => problem switch
    {
        "high_readmissions" => $"""
            WITH r AS (
                SELECT s.provider_code,
                       CASE WHEN EXISTS (SELECT 1 FROM spell n WHERE n.patient_id = s.patient_id AND n.admission_type = 'emergency'
                                         AND n.admission_date > s.discharge_date AND n.admission_date <= s.discharge_date + 30)
                            THEN 1.0 ELSE 0.0 END AS readmitted
                FROM spell s WHERE s.discharge_method <> '4')
            SELECT avg(readmitted) FILTER (WHERE provider_code = '{item.GetProperty("trust").GetString()}') / avg(readmitted) FROM r
            """,
        "poor_proms" => $"""
            WITH g AS (
                SELECT a.provider_code, b.oxford_score - a.oxford_score AS gain
                FROM proms_response a JOIN proms_response b ON a.spell_id = b.spell_id AND a.stage = 'pre' AND b.stage = 'post')
            SELECT avg(gain) FILTER (WHERE provider_code = '{item.GetProperty("trust").GetString()}') / avg(gain) FROM g
            """,
        "infection_outbreak" => $"""
            WITH m AS (
                SELECT b.month, b.bed_days,
                       (SELECT count(*) FROM safety_event e WHERE e.provider_code = b.provider_code AND e.kind = '{item.GetProperty("kind").GetString()}'
                        AND date_trunc('month', e.event_date) = b.month) AS events,
                       strftime(b.month, '%Y-%m') IN ({string.Join(", ", item.GetProperty("months").EnumerateArray().Select(v => $"'{v.GetString()}'"))}) AS outbreak
                FROM bed_days b WHERE b.provider_code = '{item.GetProperty("trust").GetString()}')
            SELECT (sum(events) FILTER (WHERE outbreak) / sum(bed_days) FILTER (WHERE outbreak))
                 / (sum(events) FILTER (WHERE NOT outbreak) / sum(bed_days) FILTER (WHERE NOT outbreak))
            FROM m
            """,
        "poor_diabetes_control" => $"""
            SELECT avg(value) FILTER (WHERE practice_code = '{item.GetProperty("practice").GetString()}') - avg(value)
            FROM observation WHERE kind = 'hba1c'
            """,
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    };

    [Fact]
    public void TruthNamesOnlyOrganisationsInTheLake()
    {
        using var connection = Lake.Open(lakes.Twentieth);
        var codes = Sql.Rows(connection, "SELECT code FROM organisation").Select(r => (string)r[0]!).ToHashSet();
        foreach (var item in JsonDocument.Parse(File.ReadAllText(Path.Combine(lakes.Twentieth, "truth.json"))).RootElement.GetProperty("planted").EnumerateArray())
        {
            var code = item.TryGetProperty("trust", out var trust) ? trust.GetString() : item.GetProperty("practice").GetString();
            Assert.NotNull(code);
            Assert.Contains(code, codes);
        }
    }
}
