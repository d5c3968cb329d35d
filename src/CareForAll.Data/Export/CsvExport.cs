using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

namespace CareForAll.Data.Export;

/// <summary>
/// Writes lake tables as CSV in the lake layout (docs/ingest.md): one <c>table.csv</c> per table, a header of the
/// lake column names, dates <c>yyyy-MM-dd</c>, timestamps <c>yyyy-MM-ddTHH:mm:ss</c>, decimals round-trip exact,
/// booleans <c>true/false</c>, null as an empty field.
/// </summary>
public static class CsvExport
{
    /// <summary>Exports every non-empty table of <paramref name="lakeDir"/> except the quarantine; returns rows per table.</summary>
    public static IReadOnlyDictionary<string, long> Write(string lakeDir, string outDir, IEnumerable<LakeTable>? tables = null, Func<long, long>? patientId = null)
    {
        Directory.CreateDirectory(outDir);
        using var lake = Lake.Open(lakeDir);
        var present = Lake.Tables(lakeDir);
        var rows = new Dictionary<string, long>();
        foreach (var table in (tables ?? LakeSchema.Tables).Where(t => t != LakeSchema.Quarantine && present.Contains(t.Name)))
        {
            rows[table.Name] = WriteTable(lake, table, Path.Combine(outDir, table.Name + ".csv"), patientId);
        }

        return rows;
    }

    private static long WriteTable(DuckDBConnection lake, LakeTable table, string path, Func<long, long>? patientId)
    {
        using var command = lake.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table.Name}\"";
        using var reader = command.ExecuteReader();
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write(string.Join(',', table.Columns.Select(c => c.Name)));
        writer.Write('\n');
        var patientColumn = patientId is null ? -1 : table.Columns.ToList().FindIndex(c => c.Name == "patient_id");
        long count = 0;
        while (reader.Read())
        {
            for (var i = 0; i < table.Columns.Count; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                if (reader.IsDBNull(i))
                {
                    continue;
                }

                var value = reader.GetValue(i);
                if (i == patientColumn)
                {
                    value = patientId!(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                }

                writer.Write(Format(table.Columns[i].Type, value));
            }

            writer.Write('\n');
            count++;
        }

        return count;
    }

    /// <summary>One value as CSV text, quoted when it holds a comma or quote.</summary>
    public static string Format(LakeType type, object value)
    {
        var invariant = CultureInfo.InvariantCulture;
        var text = value switch
        {
            DateOnly d => d.ToString("yyyy-MM-dd", invariant),
            DateTime t when type == LakeType.Date => t.ToString("yyyy-MM-dd", invariant),
            DateTime t => t.ToString("yyyy-MM-ddTHH:mm:ss", invariant),
            double x => x.ToString("R", invariant),
            bool b => b ? "true" : "false",
            _ => Convert.ToString(value, invariant) ?? "",
        };
        return text.AsSpan().IndexOfAny(',', '"') >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
