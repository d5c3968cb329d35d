// QRISK3 speed benchmark: people per second for the in-memory batch scorer and for `careforall qrisk3` end to end,
// each reported against a baseline measured in the same run.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CareForAll.Care.VascularRisk;

var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5_000_000;
var folder = args.Length > 1 ? args[1] : Directory.CreateTempSubdirectory("qrisk3-bench").FullName;
var cli = args.Length > 2 ? Path.GetFullPath(args[2]) : null;
Directory.CreateDirectory(folder);

var people = RandomPeople(count, seed: 1);
var risks = new double[count];

// (a) In-memory batch scorer vs a baseline loop that reads the same array and sums one field.
Qrisk3.TenYearRisk(people.AsSpan(0, Math.Min(count, 100_000)), risks);
var batch = Best(3, () => Qrisk3.TenYearRisk(people, risks));
var checksum = 0.0;
var readOnly = Best(3, () =>
{
    var sum = 0.0;
    foreach (ref readonly var person in people.AsSpan())
    {
        sum += person.Bmi;
    }

    checksum = sum;
});

// (b) CLI end to end on a CSV file vs a baseline that only splits every line into fields and rewrites it with a column.
var input = Path.Combine(folder, "people.csv");
var output = Path.Combine(folder, "scored.csv");
var copy = Path.Combine(folder, "copied.csv");
WriteCsv(input, people);
var megabytes = new FileInfo(input).Length / 1e6;
var rewrite = Best(2, () => SplitAndRewrite(input, copy));
var inProcess = Best(2, () => Qrisk3Csv.ScoreFile(input, output));
var endToEnd = cli is null ? double.NaN : Best(2, () => RunCli(cli, input, output));

Console.WriteLine($"| measure | seconds | people per second | ratio to its baseline |");
Console.WriteLine($"|---|---:|---:|---:|");
Row("(a) batch scorer, in memory", batch, readOnly);
Row("(a) baseline: read every person from memory", readOnly, readOnly);
Row("(b) `careforall qrisk3`, end to end (process start, parse, score, write)", endToEnd, rewrite);
Row("(b) `Qrisk3Csv.ScoreFile` in process", inProcess, rewrite);
Row("(b) baseline: split every line into fields and rewrite it with one more column", rewrite, rewrite);
Console.WriteLine();
Console.WriteLine($"{count:N0} people, CSV {megabytes:N0} MB, {Environment.ProcessorCount} logical cores, .NET {Environment.Version}, checksum {checksum:G4}.");

void Row(string name, double seconds, double baseline) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| {name} | {seconds:F3} | {count / seconds:N0} | {seconds / baseline:F2} |"));

static double Best(int runs, Action action)
{
    var best = double.MaxValue;
    for (var i = 0; i < runs; i++)
    {
        var clock = Stopwatch.StartNew();
        action();
        best = Math.Min(best, clock.Elapsed.TotalSeconds);
    }

    return best;
}

static Qrisk3Input[] RandomPeople(int count, int seed)
{
    var random = new Random(seed);
    var people = new Qrisk3Input[count];
    for (var i = 0; i < count; i++)
    {
        var sex = (Qrisk3Sex)random.Next(2);
        var conditions = Qrisk3Conditions.None;
        for (var flag = 0; flag < 11; flag++)
        {
            if (random.NextDouble() < 0.08)
            {
                conditions |= (Qrisk3Conditions)(1 << flag);
            }
        }

        people[i] = new Qrisk3Input(
            age: random.Next(25, 85),
            sex,
            cholesterolHdlRatio: Math.Round(2 + (6 * random.NextDouble()), 1),
            systolicBp: random.Next(95, 190),
            systolicBpSd: Math.Round(15 * random.NextDouble(), 1),
            bmi: Math.Round(18 + (20 * random.NextDouble()), 1),
            ethnicity: (Qrisk3Ethnicity)random.Next(1, 10),
            townsend: Math.Round(-6 + (14 * random.NextDouble()), 2),
            smoking: (Qrisk3Smoking)random.Next(5),
            diabetes: (Qrisk3Diabetes)(random.NextDouble() < 0.9 ? 0 : random.Next(1, 3)),
            conditions: conditions);
    }

    return people;
}

static void WriteCsv(string path, Qrisk3Input[] people)
{
    using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
    writer.WriteLine(string.Join(',', Qrisk3Csv.Columns));
    var line = new StringBuilder();
    Qrisk3Conditions[] flags =
    [
        Qrisk3Conditions.FamilyHistoryChd, Qrisk3Conditions.ChronicKidneyDisease, Qrisk3Conditions.AtrialFibrillation,
        Qrisk3Conditions.BloodPressureTreatment, Qrisk3Conditions.Migraine, Qrisk3Conditions.RheumatoidArthritis,
        Qrisk3Conditions.Sle, Qrisk3Conditions.SevereMentalIllness, Qrisk3Conditions.AtypicalAntipsychotic,
        Qrisk3Conditions.Steroids, Qrisk3Conditions.ErectileDysfunction,
    ];
    foreach (var p in people)
    {
        line.Clear();
        line.Append(CultureInfo.InvariantCulture, $"{p.Age},{(p.Sex == Qrisk3Sex.Male ? "male" : "female")},{(int)p.Ethnicity},{p.Townsend},{(int)p.Smoking},{(int)p.Diabetes}");
        foreach (var flag in flags)
        {
            line.Append(p.Has(flag) ? ",1" : ",0");
        }

        line.Append(CultureInfo.InvariantCulture, $",{p.CholesterolHdlRatio},{p.SystolicBp},{p.SystolicBpSd},{p.Bmi}");
        writer.WriteLine(line);
    }
}

static void SplitAndRewrite(string inputPath, string outputPath)
{
    using var input = new FileStream(inputPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
    using var output = new FileStream(outputPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
    var buffer = new byte[1 << 20];
    var filled = 0;
    var fields = 0L;
    while (true)
    {
        var read = input.Read(buffer, filled, buffer.Length - filled);
        filled += read;
        var data = buffer.AsSpan(0, filled);
        var position = 0;
        int newline;
        while ((newline = data[position..].IndexOf((byte)'\n')) >= 0)
        {
            var line = data.Slice(position, newline);
            var rest = line;
            int comma;
            while ((comma = rest.IndexOf((byte)',')) >= 0)
            {
                fields++;
                rest = rest[(comma + 1)..];
            }

            output.Write(line);
            output.Write(",0\n"u8);
            position += newline + 1;
        }

        if (read == 0)
        {
            output.Write(data[position..]);
            break;
        }

        data[position..].CopyTo(buffer);
        filled -= position;
    }

    if (fields < 0)
    {
        throw new InvalidOperationException("unreachable; keeps the field count alive");
    }
}

static void RunCli(string cli, string input, string output)
{
    using var process = Process.Start(new ProcessStartInfo("dotnet", [cli, "qrisk3", "--input", input, "--out", output])
    {
        RedirectStandardOutput = true,
    })!;
    process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"careforall qrisk3 exited with {process.ExitCode}");
    }
}
