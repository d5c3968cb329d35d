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

// Usage: IngestBench SCALE WORKDIR [all|csv|fhir|export]. Generates a lake (unless WORKDIR/lake exists), exports patient +
// observation as CSV and FHIR NDJSON, then times, in this process, (1) ingest of the CSV against DuckDB read_csv of the
// same files written to Parquet and (2) ingest of the NDJSON against DuckDB read_json of the same files written to
// Parquet and against plain Firely POCO deserialisation of the same lines. Each timing reports wall and CPU seconds.
var scale = double.Parse(args[0], CultureInfo.InvariantCulture);
var work = args[1];
var mode = args.Length > 2 ? args[2] : "all";
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
var scratch = Path.Combine(work, "scratch-" + Guid.NewGuid().ToString("N"));

if (mode is "all" or "csv")
{
    var ours = Time(() => LakeIngestion.Run(Path.Combine(scratch, "lake-csv"), csvFiles).Loaded);
    var duck = Time(() => DuckDbToParquet("read_csv({0}, header = true)", csvFiles));
    Report("CSV", "rows", ours, "DuckDB read_csv → Parquet", duck);
}

if (mode is "all" or "fhir")
{
    var ours = Time(() => LakeIngestion.Run(Path.Combine(scratch, "lake-fhir"), fhirFiles).Loaded);
    var duck = Time(() => DuckDbToParquet("read_json({0}, format = 'newline_delimited', maximum_object_size = 16777216)", fhirFiles));
    Report("FHIR", "resources", ours, "DuckDB read_json → Parquet", duck);
    if (scale <= 0.01)
    {
        var poco = Time(() => FirelyPocoOnly(fhirFiles));
        Report("FHIR", "resources", ours, "Firely POCO only", poco);
    }
}

if (Directory.Exists(scratch))
{
    Directory.Delete(scratch, recursive: true);
}

long DuckDbToParquet(string reader, string[] files)
{
    using var connection = new DuckDBConnection("Data Source=:memory:");
    connection.Open();
    long rows = 0;
    Directory.CreateDirectory(scratch);
    foreach (var file in files)
    {
        using var command = connection.CreateCommand();
        var target = Path.Combine(scratch, "duckdb-" + Path.GetFileName(file) + ".parquet");
        command.CommandText = $"COPY (SELECT * FROM {string.Format(CultureInfo.InvariantCulture, reader, "'" + file + "'")}) TO '{target}' (FORMAT parquet)";
        command.ExecuteNonQuery();
        command.CommandText = $"SELECT COUNT(*) FROM '{target}'";
        rows += Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    return rows;
}

static long FirelyPocoOnly(string[] files)
{
    var deserializer = new FhirJsonDeserializer(new DeserializerSettings());
    long rows = 0;
    foreach (var file in files)
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
}

void Report(string what, string unit, Timing ours, string baseline, Timing theirs) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"scale {scale}: {what} {ours.Rows:N0} {unit} in {ours.Wall:F1} s wall, {ours.Cpu:F1} s CPU = {ours.Rows / ours.Wall:N0} {unit}/s wall, {ours.Rows / ours.Cpu:N0}/CPU-s; " +
        $"{baseline} {theirs.Rows:N0} in {theirs.Wall:F1} s wall, {theirs.Cpu:F1} s CPU = {theirs.Rows / theirs.Wall:N0}/s; ratio (baseline time / ours) wall {theirs.Wall / ours.Wall:F2}, CPU {theirs.Cpu / ours.Cpu:F2}"));

static Timing Time(Func<long> action)
{
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var rows = action();
    process.Refresh();
    return new Timing(rows, clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
}

internal sealed record Timing(long Rows, double Wall, double Cpu);
