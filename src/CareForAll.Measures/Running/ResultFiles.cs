using System.Text.Json;
using DuckDB.NET.Data;

namespace CareForAll.Measures.Running;

/// <summary>
/// Writes results in the published layout: <c>OUT/secured/results.csv|parquet</c> (every figure, for secured
/// users), <c>OUT/published/results.csv|parquet</c> (small numbers suppressed) and <c>OUT/models/*.json</c>.
/// </summary>
public static class ResultFiles
{
    /// <summary>The columns of a results file, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "measure_id", "measure_version", "domain", "unit_type", "unit_code", "period", "numerator", "denominator",
        "observed", "expected", "value", "lower95", "upper95", "lower998", "upper998", "england_value", "band", "suppressed",
    ];

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void Write(string outputFolder, IReadOnlyList<MeasureRun> runs)
    {
        var results = runs.SelectMany(r => r.Results)
            .OrderBy(r => r.MeasureId, StringComparer.Ordinal).ThenBy(r => r.UnitType, StringComparer.Ordinal)
            .ThenBy(r => r.UnitCode, StringComparer.Ordinal).ThenBy(r => r.Period, StringComparer.Ordinal).ToList();
        WriteCopy(Path.Combine(outputFolder, "secured"), results);
        WriteCopy(Path.Combine(outputFolder, "published"), results.Select(Disclosure.ForPublication).ToList());
        var models = Path.Combine(outputFolder, "models");
        Directory.CreateDirectory(models);
        foreach (var model in runs.SelectMany(r => r.Models))
        {
            File.WriteAllText(Path.Combine(models, $"{model.MeasureId}_{model.Period}.json"), JsonSerializer.Serialize(model, Json));
        }
    }

    private static void WriteCopy(string folder, IReadOnlyList<MeasureResult> results)
    {
        Directory.CreateDirectory(folder);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE TABLE results (measure_id VARCHAR, measure_version INTEGER, domain VARCHAR, unit_type VARCHAR,
                  unit_code VARCHAR, period VARCHAR, numerator DOUBLE, denominator DOUBLE, observed DOUBLE, expected DOUBLE,
                  value DOUBLE, lower95 DOUBLE, upper95 DOUBLE, lower998 DOUBLE, upper998 DOUBLE, england_value DOUBLE,
                  band VARCHAR, suppressed BOOLEAN)
                """;
            create.ExecuteNonQuery();
        }

        using (var appender = connection.CreateAppender("results"))
        {
            foreach (var r in results)
            {
                appender.CreateRow()
                    .AppendValue(r.MeasureId).AppendValue(r.MeasureVersion).AppendValue(r.Domain).AppendValue(r.UnitType)
                    .AppendValue(r.UnitCode).AppendValue(r.Period).AppendValue(r.Numerator).AppendValue(r.Denominator)
                    .AppendValue(r.Observed).AppendValue(r.Expected).AppendValue(r.Value).AppendValue(r.Lower95)
                    .AppendValue(r.Upper95).AppendValue(r.Lower998).AppendValue(r.Upper998).AppendValue(r.EnglandValue)
                    .AppendValue(r.Band).AppendValue(r.Suppressed).EndRow();
            }
        }

        using var copy = connection.CreateCommand();
        var csv = Path.Combine(folder, "results.csv").Replace("'", "''", StringComparison.Ordinal);
        var parquet = Path.Combine(folder, "results.parquet").Replace("'", "''", StringComparison.Ordinal);
        copy.CommandText = $"COPY results TO '{csv}' (HEADER, DELIMITER ','); COPY results TO '{parquet}' (FORMAT PARQUET);";
        copy.ExecuteNonQuery();
    }
}
