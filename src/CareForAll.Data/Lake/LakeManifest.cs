using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareForAll.Data;

/// <summary>
/// The lake's <c>manifest.json</c> as ingestion keeps it: <c>years</c>, the financial years the data covers in full,
/// which the measure engine reads so that it reports no partial periods; <c>start</c> and <c>end</c>, the first and last
/// day of those years; <c>rows</c>, the rows per table. Other properties (a generator's <c>scale</c> and <c>seed</c>)
/// are kept. A financial year (April to March) counts as covered when each of its twelve months has activity in at
/// least one of the <see cref="ActivityDates"/>; when no year is, <c>years</c> is left out and every period is reported.
/// </summary>
public static class LakeManifest
{
    /// <summary>
    /// The date columns that say when care happened. Discharge dates and PROMs responses are left out (they run past
    /// the data's end), as are condition dates and referral starts (they reach back years before it).
    /// </summary>
    public static IReadOnlyList<(LakeTable Table, string Column)> ActivityDates { get; } =
    [
        (LakeSchema.Spell, "admission_date"), (LakeSchema.AeAttendance, "arrival_time"), (LakeSchema.Observation, "observed_date"),
        (LakeSchema.Medication, "prescribed_date"), (LakeSchema.ExperienceResponse, "response_date"), (LakeSchema.SafetyEvent, "event_date"),
        (LakeSchema.BedDays, "month"), (LakeSchema.Referral, "clock_stop_date"), (LakeSchema.AeMonthly, "month"),
    ];

    /// <summary>The first calendar year of each financial year whose twelve months all have activity in <paramref name="lakeDir"/>.</summary>
    public static IReadOnlyList<int> CoveredYears(string lakeDir)
    {
        var present = Lake.Tables(lakeDir);
        var sources = ActivityDates.Where(a => present.Contains(a.Table.Name))
            .Select(a => $"SELECT DISTINCT year(\"{a.Column}\") * 12 + month(\"{a.Column}\") - 1 AS m FROM \"{a.Table.Name}\" WHERE \"{a.Column}\" IS NOT NULL")
            .ToList();
        if (sources.Count == 0)
        {
            return [];
        }

        var months = new HashSet<long>();
        using (var lake = Lake.Open(lakeDir))
        using (var command = lake.CreateCommand())
        {
            command.CommandText = string.Join(" UNION ", sources);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                months.Add(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture));
            }
        }

        // financial year y runs from April of y (month index 12y + 3) to March of y + 1 (12y + 14)
        return [.. months.Select(m => (m - 3) / 12).Distinct().Order()
            .Where(y => Enumerable.Range(3, 12).All(k => months.Contains((12 * y) + k)))
            .Select(y => (int)y)];
    }

    /// <summary>Writes <c>manifest.json</c> for the lake's current contents, keeping any other properties it had.</summary>
    public static void Update(string lakeDir)
    {
        var path = Path.Combine(lakeDir, "manifest.json");
        var manifest = File.Exists(path) && JsonNode.Parse(File.ReadAllText(path)) is JsonObject existing ? existing : new JsonObject { ["generator"] = "careforall ingest" };
        var years = CoveredYears(lakeDir);
        if (years.Count > 0)
        {
            manifest["years"] = new JsonArray([.. years.Select(y => JsonValue.Create(FinancialYear(y)))]);
            manifest["start"] = $"{years[0]:D4}-04-01";
            manifest["end"] = $"{years[^1] + 1:D4}-03-31";
        }
        else
        {
            // less than a whole year (a single month of a sitrep, say): no years, so every period is reported
            manifest.Remove("years");
            manifest.Remove("start");
            manifest.Remove("end");
        }

        manifest["rows"] = Rows(lakeDir);
        File.WriteAllText(path + ".tmp", manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary><c>2008</c> → <c>2008-09</c>.</summary>
    public static string FinancialYear(int firstYear) => string.Create(CultureInfo.InvariantCulture, $"{firstYear}-{(firstYear + 1) % 100:D2}");

    private static JsonObject Rows(string lakeDir)
    {
        var rows = new JsonObject();
        var present = Lake.Tables(lakeDir);
        using var lake = Lake.Open(lakeDir);
        foreach (var table in LakeSchema.Tables)
        {
            using var command = lake.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table.Name}\"";
            rows[table.Name] = present.Contains(table.Name) ? Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) : 0;
        }

        return rows;
    }
}
