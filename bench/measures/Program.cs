// Measure engine benchmark (bench/measures/run.sh runs it).
// (b) For each plain-aggregate measure: the engine (compiled SQL + intervals + bands) against the hand-written DuckDB SQL
//     an analyst would write for the same numerator and denominator, on the same connection; the two are sampled in
//     turn, 15 pairs, and the ratios reported are the best sample's and the median of the pairs'; the counts must agree.
// (c) Exports the tables the pandas/statsmodels baseline reads, as CSV, for one financial year.
// (d) With "floor LAKE YEAR RESULTS": the hand-written DuckDB SQL for the person-level measures of one financial year
//     (floor-practice.sql, floor-spells.sql), timed, its counts checked against `careforall measure --period` results.
using System.Diagnostics;
using System.Globalization;
using CareForAll.Data;
using CareForAll.Measures.Definitions;
using CareForAll.Measures.Running;

var floor = args[0] == "floor";
using var connection = Lake.Open(floor ? args[1] : args[0]);
if (floor)
{
    Floor(int.Parse(args[2], CultureInfo.InvariantCulture), args[3]);
    return;
}

var export = args.Length > 1 ? args[1] : null;
var year = 2008;
var runner = new MeasureRunner(connection);
var measures = MeasureFileReader.ReadBuiltIn().ToDictionary(m => m.Id);

var handWritten = new Dictionary<string, string>
{
    ["ae-four-hours"] = """
        SELECT provider_code, count(*) FILTER (WHERE departure_time - arrival_time <= INTERVAL 4 HOUR) AS numerator, count(*) AS denominator
        FROM ae_attendance WHERE departure_time IS NOT NULL AND CAST(arrival_time AS DATE) BETWEEN DATE '2008-04-01' AND DATE '2009-03-31'
        GROUP BY provider_code
        """,
    ["rtt-18-weeks"] = """
        SELECT provider_code, count(*) FILTER (WHERE clock_stop_date - referral_date <= 126) AS numerator, count(*) AS denominator
        FROM referral WHERE clock_stop_date BETWEEN DATE '2008-04-01' AND DATE '2009-03-31'
        GROUP BY provider_code
        """,
    ["fft-recommend-trust"] = """
        SELECT provider_code, count(*) FILTER (WHERE answer IN (1, 2)) AS numerator, count(*) AS denominator
        FROM experience_response WHERE setting IN ('inpatient', 'ae', 'maternity') AND response_date BETWEEN DATE '2008-04-01' AND DATE '2009-03-31'
        GROUP BY provider_code
        """,
    ["mrsa-bacteraemia-rate"] = """
        SELECT b.provider_code, coalesce(e.n, 0) AS numerator, b.bed_days AS denominator
        FROM (SELECT provider_code, CAST(sum(bed_days) AS DOUBLE) AS bed_days FROM bed_days WHERE month BETWEEN DATE '2008-04-01' AND DATE '2009-03-31' GROUP BY 1) b
        LEFT JOIN (SELECT provider_code, count(*) AS n FROM safety_event WHERE kind = 'mrsa_bacteraemia' AND event_date BETWEEN DATE '2008-04-01' AND DATE '2009-03-31' GROUP BY 1) e
          USING (provider_code)
        """,
    ["never-events-rate"] = """
        SELECT s.provider_code, coalesce(e.n, 0) AS numerator, s.n AS denominator
        FROM (SELECT provider_code, count(*) AS n FROM spell WHERE discharge_date BETWEEN DATE '2008-04-01' AND DATE '2009-03-31' GROUP BY 1) s
        LEFT JOIN (SELECT provider_code, count(*) AS n FROM safety_event WHERE kind = 'never_event' AND event_date BETWEEN DATE '2008-04-01' AND DATE '2009-03-31' GROUP BY 1) e
          USING (provider_code)
        """,
};

Console.WriteLine("measure,engine_cpu_seconds,duckdb_sql_cpu_seconds,cpu_ratio,median_pair_cpu_ratio,engine_wall_seconds,duckdb_sql_wall_seconds,wall_ratio,median_pair_wall_ratio,units,counts_agree");
var engineTotal = 0.0;
var engineWallTotal = 0.0;
foreach (var (id, sql) in handWritten)
{
    MeasureRun? run = null;
    List<(string Unit, double Numerator, double Denominator)> rows = [];
    var (engine, plain, pairs) = Compare(() => run = runner.Run(measures[id], year), () => rows = Query(sql));
    engineTotal += engine.Cpu;
    engineWallTotal += engine.Wall;
    var byUnit = run!.Results.Where(r => r.UnitType == "trust").ToDictionary(r => r.UnitCode);
    var agree = rows.All(r => byUnit.TryGetValue(r.Unit, out var result) && result.Numerator == r.Numerator && result.Denominator == r.Denominator);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id},{engine.Cpu:F4},{plain.Cpu:F4},{engine.Cpu / plain.Cpu:F2},{pairs.Cpu:F2},{engine.Wall:F4},{plain.Wall:F4},{engine.Wall / plain.Wall:F2},{pairs.Wall:F2},{rows.Count},{agree}"));
}

// The mortality ratio once on a fresh runner, building the spell_outcome dataset it reads (as pandas must build its
// death flags), then best of five with the dataset built.
var fresh = Process.GetCurrentProcess().TotalProcessorTime;
var freshClock = Stopwatch.StartNew();
new MeasureRunner(connection).Run(measures["hospital-mortality-ratio"], year);
var withDataset = (Process.GetCurrentProcess().TotalProcessorTime - fresh).TotalSeconds;
var withDatasetWall = freshClock.Elapsed.TotalSeconds;
var mortality = Best(() => runner.Run(measures["hospital-mortality-ratio"], year));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hospital-mortality-ratio (spell_outcome built),{mortality.Cpu:F3},,,{mortality.Wall:F3},,,,"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hospital-mortality-ratio (building spell_outcome),{withDataset:F3},,,{withDatasetWall:F3},,,,"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"engine_six_measures_cpu_seconds,{engineTotal + withDataset:F3}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"engine_six_measures_wall_seconds,{engineWallTotal + withDatasetWall:F3}"));

if (export is not null)
{
    Directory.CreateDirectory(export);
    Execute($"""
        COPY (SELECT s.spell_id, s.patient_id, s.provider_code, s.admission_date, s.discharge_date, s.admission_type, s.patient_class,
                     s.discharge_method, s.primary_diagnosis, s.secondary_diagnoses, s.age_on_admission, s.sex, p.death_date
              FROM spell s LEFT JOIN patient p USING (patient_id)) TO '{export}/spells.csv' (HEADER);
        COPY ae_attendance TO '{export}/ae_attendance.csv' (HEADER);
        COPY referral TO '{export}/referral.csv' (HEADER);
        COPY experience_response TO '{export}/experience_response.csv' (HEADER);
        COPY safety_event TO '{export}/safety_event.csv' (HEADER);
        COPY bed_days TO '{export}/bed_days.csv' (HEADER);
        """);
}

// Best of five samples of the process CPU time per run (DuckDB's threads included), and best of five of the wall
// time. CPU time is steadier on a machine shared with other jobs; wall time is what a user waits for, and for a query
// of a few milliseconds it leaves out the CPU DuckDB's worker threads spend waking up and going back to sleep. The
// first run of a measure also builds the datasets it names.
(double Cpu, double Wall) Best(Action action)
{
    var (cpu, wall) = (double.MaxValue, double.MaxValue);
    for (var i = 0; i < 5; i++)
    {
        var (c, w) = Sample(action);
        (cpu, wall) = (Math.Min(cpu, c), Math.Min(wall, w));
    }

    return (cpu, wall);
}

// The engine and the hand-written SQL sampled in turn, 15 times each after one warm-up run of both: the best sample
// of each, and the median of the 15 pairs' ratios. Sampling in turn puts both under the same load, so a pair's ratio
// is not moved by the machine getting busier or quieter between one block of samples and the next, which at a few
// milliseconds a query decides the figure.
((double Cpu, double Wall) Engine, (double Cpu, double Wall) Sql, (double Cpu, double Wall) MedianRatio) Compare(Action engine, Action sql)
{
    engine();
    sql();
    var samples = Enumerable.Range(0, 15).Select(_ => (Engine: Sample(engine), Sql: Sample(sql))).ToList();
    return ((samples.Min(s => s.Engine.Cpu), samples.Min(s => s.Engine.Wall)),
        (samples.Min(s => s.Sql.Cpu), samples.Min(s => s.Sql.Wall)),
        (Median(samples.Select(s => s.Engine.Cpu / s.Sql.Cpu)), Median(samples.Select(s => s.Engine.Wall / s.Sql.Wall))));
}

// One sample: the action repeated until it has used at least 0.2 CPU-seconds and 0.2 s (the process CPU clock ticks in
// steps of about 10 ms and the small measures take a few milliseconds), CPU and wall time per run.
(double Cpu, double Wall) Sample(Action action)
{
    var start = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var runs = 0;
    double used;
    do
    {
        action();
        runs++;
        used = (Process.GetCurrentProcess().TotalProcessorTime - start).TotalSeconds;
    }
    while (used < 0.2 || clock.Elapsed.TotalSeconds < 0.2);
    return (used / runs, clock.Elapsed.TotalSeconds / runs);
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

List<(string, double, double)> Query(string sql)
{
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    using var reader = command.ExecuteReader();
    var rows = new List<(string, double, double)>();
    while (reader.Read())
    {
        rows.Add((reader.GetString(0), Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToDouble(reader.GetValue(2), CultureInfo.InvariantCulture)));
    }

    return rows;
}

void Execute(string sql)
{
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    command.ExecuteNonQuery();
}

// (d) Runs each floor statement into a small temporary table (one row per unit), timed as one sample, then counts the mismatches with the engine's secured results for that year: units whose numerators or denominators
// differ, and rows one side has and the other not. Zero means the counts agree.
void Floor(int financialYear, string results)
{
    var yearEnd = new DateOnly(financialYear + 1, 3, 31);
    var dates = new Dictionary<string, DateOnly>
    {
        ["{year_start}"] = new DateOnly(financialYear, 4, 1),
        ["{year_end}"] = yearEnd,
        ["{year_before}"] = yearEnd.AddMonths(-12),
        ["{recent_after}"] = yearEnd.AddMonths(-15),
        ["{five_years_before}"] = yearEnd.AddYears(-5),
    };
    string Fill(string file) => dates.Aggregate(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, file)),
        (sql, date) => sql.Replace(date.Key, string.Create(CultureInfo.InvariantCulture, $"DATE '{date.Value:yyyy-MM-dd}'"), StringComparison.Ordinal));
    var engine = $"""
        (SELECT * FROM read_csv('{Path.Combine(results, "secured", "results.csv")}', header = true,
            types = {"{"}'unit_code': 'VARCHAR', 'period': 'VARCHAR', 'numerator': 'DOUBLE', 'denominator': 'DOUBLE', 'observed': 'DOUBLE'{"}"})
         WHERE period = '{financialYear}-{(financialYear + 1) % 100:D2}')
        """;
    var floors = new (string Name, string File, string Check)[]
    {
        ("ten practice measures", "floor-practice.sql", $"""
            WITH f AS (UNPIVOT floor ON COLUMNS(* EXCLUDE (practice_code)) INTO NAME k VALUE v),
            e AS (SELECT * FROM {engine} WHERE unit_type = 'practice' AND measure_id IN (SELECT split_part(k, '/', 1) FROM f))
            SELECT count(DISTINCT f.practice_code),
              count(DISTINCT f.practice_code) FILTER (WHERE v IS DISTINCT FROM CASE split_part(k, '/', 2) WHEN 'n' THEN e.numerator ELSE e.denominator END)
              + abs((SELECT count(*) FROM e) - count(*) // 2)
            FROM f LEFT JOIN e ON e.measure_id = split_part(k, '/', 1) AND e.unit_code = f.practice_code
            """),
        ("mortality ratio and readmissions", "floor-spells.sql", $"""
            WITH e AS (SELECT * FROM {engine} WHERE unit_type = 'trust')
            SELECT count(*),
              count(*) FILTER (WHERE m.observed IS DISTINCT FROM f.deaths OR r.observed IS DISTINCT FROM f.readmissions)
              + abs((SELECT count(*) FROM e WHERE measure_id = 'hospital-mortality-ratio') - count(*))
            FROM floor f
            LEFT JOIN e m ON m.measure_id = 'hospital-mortality-ratio' AND m.unit_code = f.provider_code
            LEFT JOIN e r ON r.measure_id = 'emergency-readmission-30-days' AND r.unit_code = f.provider_code
            """),
    };
    Console.WriteLine("floor,wall_seconds,cpu_seconds,units,mismatches_with_engine");
    foreach (var (name, file, check) in floors)
    {
        var (used, wall) = Sample(() => Execute($"CREATE OR REPLACE TEMP TABLE floor AS\n{Fill(file)}"));
        using var command = connection.CreateCommand();
        command.CommandText = check;
        using var reader = command.ExecuteReader();
        reader.Read();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name},{wall:F2},{used:F2},{reader.GetInt64(0)},{reader.GetInt64(1)}"));
    }
}
