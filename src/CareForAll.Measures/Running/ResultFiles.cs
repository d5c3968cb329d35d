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
    public static IReadOnlyList<string> Columns => ColumnTypes.Select(c => c.Name).ToList();

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

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

    /// <summary>Reads a results file (CSV or Parquet) written by <see cref="Write"/>.</summary>
    public static IReadOnlyList<MeasureResult> Read(string file)
    {
        if (!File.Exists(file))
        {
            throw new CareForAll.Core.InputException($"{file}: results file not found (run 'careforall measure' first)");
        }

        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        var path = file.Replace("'", "''", StringComparison.Ordinal);
        command.CommandText = file.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase)
            ? $"SELECT * FROM read_parquet('{path}')"
            : $"SELECT * FROM read_csv('{path}', header = true, columns = {{{string.Join(", ", ColumnTypes.Select(c => $"'{c.Name}': '{c.Type}'"))}}})";
        using var reader = command.ExecuteReader();
        var results = new List<MeasureResult>();
        double? Number(int i) => reader.IsDBNull(i) ? null : Convert.ToDouble(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
        while (reader.Read())
        {
            results.Add(new MeasureResult
            {
                MeasureId = reader.GetString(0),
                MeasureVersion = Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture),
                Domain = reader.GetString(2),
                UnitType = reader.GetString(3),
                UnitCode = reader.GetString(4),
                Period = reader.GetString(5),
                Numerator = Number(6),
                Denominator = Number(7),
                Observed = Number(8),
                Expected = Number(9),
                Value = Number(10),
                Lower95 = Number(11),
                Upper95 = Number(12),
                Lower998 = Number(13),
                Upper998 = Number(14),
                EnglandValue = Number(15),
                Band = reader.IsDBNull(16) ? "" : reader.GetString(16),
                Suppressed = !reader.IsDBNull(17) && reader.GetBoolean(17),
            });
        }

        return results;
    }

    private static readonly (string Name, string Type)[] ColumnTypes =
    [
        ("measure_id", "VARCHAR"), ("measure_version", "INTEGER"), ("domain", "VARCHAR"), ("unit_type", "VARCHAR"),
        ("unit_code", "VARCHAR"), ("period", "VARCHAR"), ("numerator", "DOUBLE"), ("denominator", "DOUBLE"),
        ("observed", "DOUBLE"), ("expected", "DOUBLE"), ("value", "DOUBLE"), ("lower95", "DOUBLE"), ("upper95", "DOUBLE"),
        ("lower998", "DOUBLE"), ("upper998", "DOUBLE"), ("england_value", "DOUBLE"), ("band", "VARCHAR"), ("suppressed", "BOOLEAN"),
    ];

    private static void WriteCopy(string folder, IReadOnlyList<MeasureResult> results)
    {
        Directory.CreateDirectory(folder);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = $"CREATE TABLE results ({string.Join(", ", ColumnTypes.Select(c => $"{c.Name} {c.Type}"))})";
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
                    .AppendValue(r.Band.Length > 0 ? r.Band : null).AppendValue(r.Suppressed).EndRow();
            }
        }

        using var copy = connection.CreateCommand();
        var csv = Path.Combine(folder, "results.csv").Replace("'", "''", StringComparison.Ordinal);
        var parquet = Path.Combine(folder, "results.parquet").Replace("'", "''", StringComparison.Ordinal);
        copy.CommandText = $"COPY results TO '{csv}' (HEADER, DELIMITER ','); COPY results TO '{parquet}' (FORMAT PARQUET);";
        copy.ExecuteNonQuery();
    }
}
