using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CareForAll.Data.Tests;

/// <summary>
/// Observed over expected deaths (death in hospital or within 30 days of discharge, on the patient's last spell),
/// with expected deaths computed in DuckDB from the national mortality model written to truth.json.
/// </summary>
public sealed class PlantedMortalityTests(GeneratedLakes lakes)
{
    [Fact]
    public void PlantedTrustsFallInsideTheirRangeAndOthersNearOne()
    {
        var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(lakes.Twentieth, "truth.json"))).RootElement;
        var planted = truth.GetProperty("planted").EnumerateArray()
            .Where(p => p.GetProperty("problem").GetString() == "excess_mortality").ToList();
        Assert.NotEmpty(planted);
        using var connection = Lake.Open(lakes.Twentieth);
        var ratios = Sql.Rows(connection, ObservedExpectedSql(truth.GetProperty("mortality_model")))
            .ToDictionary(r => (string)r[0]!, r => (Observed: Convert.ToDouble(r[1], CultureInfo.InvariantCulture), Expected: Convert.ToDouble(r[2], CultureInfo.InvariantCulture)));

        foreach (var item in planted)
        {
            var trust = item.GetProperty("trust").GetString()!;
            var range = item.GetProperty("range").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            var ratio = ratios[trust].Observed / ratios[trust].Expected;
            Assert.InRange(ratio, range[0], range[1]);
        }

        var plantedCodes = planted.Select(p => p.GetProperty("trust").GetString()).ToHashSet();
        var others = ratios.Where(r => !plantedCodes.Contains(r.Key)).ToList();
        var pooled = others.Sum(r => r.Value.Observed) / others.Sum(r => r.Value.Expected);
        Assert.InRange(pooled, 0.96, 1.04);
    }

    /// <summary>Observed and expected deaths per provider, built only from the model as written in truth.json.</summary>
    internal static string ObservedExpectedSql(JsonElement model)
    {
        var term = model.GetProperty("terms").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!, t => Number(t.GetProperty("coefficient")));
        var diagnosis = new StringBuilder();
        foreach (var code in model.GetProperty("diagnosis_coefficients").EnumerateObject())
        {
            diagnosis.Append(diagnosis.Length == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"('{code.Name}', {Number(code.Value)})");
        }

        return $"""
            WITH dx(code, coefficient) AS (VALUES {diagnosis}),
            s AS (
                SELECT s.*, p.death_date,
                       row_number() OVER (PARTITION BY s.patient_id ORDER BY s.admission_date DESC, s.spell_id DESC) = 1 AS last
                FROM spell s JOIN patient p USING (patient_id)),
            e AS (
                SELECT provider_code,
                       CASE WHEN last AND death_date BETWEEN discharge_date AND discharge_date + 30 THEN 1 ELSE 0 END AS died,
                       1 / (1 + exp(-({Number(model.GetProperty("intercept"))}
                           + {term["age"]} * (age_on_admission - 70) / 10.0
                           + {term["male"]} * CASE WHEN sex = 'M' THEN 1 ELSE 0 END
                           + {term["emergency"]} * CASE WHEN admission_type IN ('emergency', 'transfer') THEN 1 ELSE 0 END
                           + {term["day_case"]} * CASE WHEN patient_class = 'day_case' THEN 1 ELSE 0 END
                           + {term["comorbidity"]} * least(CASE WHEN secondary_diagnoses = '' THEN 0 ELSE len(string_split(secondary_diagnoses, ';')) END, 6)
                           + coalesce(dx.coefficient, 0)))) AS p
                FROM s LEFT JOIN dx ON dx.code = left(s.primary_diagnosis, 3))
            SELECT provider_code, CAST(sum(died) AS DOUBLE), sum(p) FROM e GROUP BY 1 ORDER BY 1
            """;
    }

    private static string Number(JsonElement value) => value.GetDouble().ToString("R", CultureInfo.InvariantCulture);
}
