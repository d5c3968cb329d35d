using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CareForAll.Data;
using CareForAll.Data.Export;
using CareForAll.Data.Ingestion;
using CareForAll.Data.Synthetic;
using DuckDB.NET.Data;
using Hl7.Fhir.Serialization;

// Usage: IngestBench SCALE WORKDIR. Generates a lake, exports patient + observation as CSV and FHIR NDJSON, then times
// (1) ingest of the CSV against DuckDB read_csv of the same files and (2) ingest of the NDJSON against plain Firely
// POCO deserialisation of the same lines, all in this process.
var scale = double.Parse(args[0], CultureInfo.InvariantCulture);
var work = args[1];
var lake = Path.Combine(work, "lake");
if (!Directory.Exists(lake))
{
    SyntheticEngland.Generate(lake, new GenerationOptions(scale, 1));
}

string[] tables = ["patient", "observation"];
var csv = Path.Combine(work, "csv");
var fhir = Path.Combine(work, "fhir");
if (!Directory.Exists(csv))
{
    CsvExport.Write(lake, csv, tables.Select(LakeSchema.Get));
}

if (!Directory.Exists(fhir))
{
    FhirExport.Write(lake, fhir, tables);
}

string[] csvFiles = [.. tables.Select(t => Path.Combine(csv, t + ".csv"))];
string[] fhirFiles = [.. tables.Select(t => Path.Combine(fhir, t + ".ndjson"))];

var (csvRows, csvSeconds) = Time(() => LakeIngestion.Run(Path.Combine(work, "lake-csv-" + Guid.NewGuid().ToString("N")), csvFiles).Loaded);
var (duckRows, duckSeconds) = Time(() =>
{
    using var connection = new DuckDBConnection("Data Source=:memory:");
    connection.Open();
    long rows = 0;
    foreach (var file in csvFiles)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM (SELECT * FROM read_csv('{file}', header = true))";
        rows += Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    return rows;
});
var (fhirRows, fhirSeconds) = Time(() => LakeIngestion.Run(Path.Combine(work, "lake-fhir-" + Guid.NewGuid().ToString("N")), fhirFiles).Loaded);
var (pocoRows, pocoSeconds) = Time(() =>
{
    var deserializer = new FhirJsonDeserializer(new DeserializerSettings());
    long rows = 0;
    foreach (var file in fhirFiles)
    {
        foreach (var line in File.ReadLines(file))
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(line));
            if (deserializer.TryDeserializeResource(ref reader, out _, out _))
            {
                rows++;
            }
        }
    }

    return rows;
});

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scale {scale}: CSV {csvRows:N0} rows in {csvSeconds:F1} s = {csvRows / csvSeconds:N0} rows/s; DuckDB read_csv {duckRows:N0} rows in {duckSeconds:F1} s = {duckRows / duckSeconds:N0} rows/s; ratio {duckSeconds / csvSeconds:F2}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scale {scale}: FHIR {fhirRows:N0} resources in {fhirSeconds:F1} s = {fhirRows / fhirSeconds:N0} resources/s; Firely POCO only {pocoRows:N0} in {pocoSeconds:F1} s = {pocoRows / pocoSeconds:N0} resources/s; ratio {pocoSeconds / fhirSeconds:F2}"));

static (long Rows, double Seconds) Time(Func<long> action)
{
    var clock = Stopwatch.StartNew();
    var rows = action();
    return (rows, clock.Elapsed.TotalSeconds);
}
