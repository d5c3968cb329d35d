using System.Text.Json;

namespace CareForAll.Data.Synthetic;

/// <summary>
/// Generates "Synthetic England": a lake (docs/lake.md) of people, GP practices, hospitals and their activity for
/// the financial years 2008-09 to 2010-11, calibrated to national figures, with planted quality problems recorded
/// in truth.json and the run described in manifest.json.
/// </summary>
public static class SyntheticEngland
{
    /// <summary>The financial years covered.</summary>
    public static IReadOnlyList<string> Years { get; } = ["2008-09", "2009-10", "2010-11"];

    /// <summary>
    /// Writes the lake into <paramref name="dir"/> (created if needed; existing table files are replaced) and returns
    /// rows per table. <paramref name="progress"/> receives the fraction of practices done.
    /// </summary>
    public static IReadOnlyDictionary<string, long> Generate(string dir, GenerationOptions options, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(dir);
        var geography = Geography.Build(options.Scale, options.Seed);
        var planted = PlantedProblems.Plant(geography, options.Seed);
        IReadOnlyDictionary<string, long> rows;
        using (var output = new LakeOutput(dir, options.RowGroupSize))
        {
            geography.WriteOrganisations(output.Organisation, options.Seed);
            var ledger = new TrustLedger(geography.Trusts, options.Seed);
            var simulator = new PatientSimulator(geography, output, ledger, options.Seed);
            var practices = geography.Practices;
            for (var i = 0; i < practices.Count; i++)
            {
                simulator.SimulatePractice(practices[i]);
                progress?.Report((i + 1.0) / practices.Count);
            }

            WriteAreaPopulation(geography, simulator.CommissionerCounts, output.Population);
            ledger.Write(output);
            rows = output.Complete();
        }

        planted.Write(Path.Combine(dir, "truth.json"), options.Scale, options.Seed);
        WriteManifest(Path.Combine(dir, "manifest.json"), options, rows);
        return rows;
    }

    private static void WriteAreaPopulation(Geography geography, long[,,,] counts, ParquetTableWriter population)
    {
        var regions = new long[RegionCatalogue.All.Length, EnglandFacts.Years, 2, PatientSimulator.AgeBands];
        foreach (var c in geography.Commissioners)
        {
            ForEachCell((y, s, b) =>
            {
                regions[c.Region, y, s, b] += counts[c.Index, y, s, b];
                PatientSimulator.WritePopulationRow(population, c.Code, "commissioner", y, s, b, counts[c.Index, y, s, b]);
            });
        }

        for (var r = 0; r < RegionCatalogue.All.Length; r++)
        {
            var region = r;
            ForEachCell((y, s, b) =>
                PatientSimulator.WritePopulationRow(population, RegionCatalogue.All[region].Code, "region", y, s, b, regions[region, y, s, b]));
        }
    }

    private static void ForEachCell(Action<int, int, int> action)
    {
        for (var y = 0; y < EnglandFacts.Years; y++)
        {
            for (var s = 0; s < 2; s++)
            {
                for (var b = 0; b < PatientSimulator.AgeBands; b++)
                {
                    action(y, s, b);
                }
            }
        }
    }

    private static void WriteManifest(string path, GenerationOptions options, IReadOnlyDictionary<string, long> rows)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("generator", "careforall generate (Synthetic England)");
        json.WriteNumber("scale", options.Scale);
        json.WriteNumber("seed", options.Seed);
        json.WriteStartArray("years");
        foreach (var year in Years)
        {
            json.WriteStringValue(year);
        }

        json.WriteEndArray();
        json.WriteString("start", "2008-04-01");
        json.WriteString("end", "2011-03-31");
        json.WriteStartObject("rows");
        foreach (var table in LakeSchema.Tables)
        {
            json.WriteNumber(table.Name, rows[table.Name]);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
