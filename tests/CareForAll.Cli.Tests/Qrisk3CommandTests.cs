using System.Globalization;
using CareForAll.Care.VascularRisk;

namespace CareForAll.Cli.Tests;

public sealed class Qrisk3CommandTests : IDisposable
{
    private const string Header = "age,sex,ethnicity,townsend,smoking,diabetes,family_history_chd,ckd,af,bp_treated,migraine,"
        + "rheumatoid_arthritis,sle,severe_mental_illness,atypical_antipsychotic,steroids,erectile_dysfunction,"
        + "cholesterol_hdl_ratio,systolic_bp,systolic_bp_sd,bmi";

    private readonly string folder = Directory.CreateTempSubdirectory("qrisk3-cli").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task ScoresEveryRowKeepingTheInputColumnsAndAddingQrisk3()
    {
        string[] rows =
        [
            "75,female,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,120,10,24.221453287197235",
            "64,male,2,3.5,3,2,1,0,1,1,0,1,0,0,1,0,1,5.2,150,12.5,31",
            " 50 ,Male,,,,,,,,,,,,,,,,4,130,8,27",
        ];
        var input = Write("people.csv", [Header, .. rows]);
        var output = Path.Combine(folder, "scored.csv");

        var (code, stdout, _) = await Run("qrisk3", "--input", input, "--out", output);

        Assert.Equal(Commands.Ok, code);
        Assert.Contains("Scored 3 people", stdout, StringComparison.Ordinal);
        Assert.Contains(Qrisk3.Disclaimer, stdout, StringComparison.Ordinal);
        var lines = File.ReadAllLines(output);
        Assert.Equal(Header + ",qrisk3", lines[0]);
        Assert.Equal(4, lines.Length);
        Qrisk3Input[] people =
        [
            new(75, Qrisk3Sex.Female, 4, 120, 10, 24.221453287197235),
            new(64, Qrisk3Sex.Male, 5.2, 150, 12.5, 31, Qrisk3Ethnicity.Indian, 3.5, Qrisk3Smoking.Moderate, Qrisk3Diabetes.Type2,
                Qrisk3Conditions.FamilyHistoryChd | Qrisk3Conditions.AtrialFibrillation | Qrisk3Conditions.BloodPressureTreatment
                | Qrisk3Conditions.RheumatoidArthritis | Qrisk3Conditions.AtypicalAntipsychotic | Qrisk3Conditions.ErectileDysfunction),
            new(50, Qrisk3Sex.Male, 4, 130, 8, 27),
        ];
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.StartsWith(rows[i] + ",", lines[i + 1], StringComparison.Ordinal);
            var risk = double.Parse(lines[i + 1][(rows[i].Length + 1)..], CultureInfo.InvariantCulture);
            Assert.Equal(Qrisk3.TenYearRisk(people[i]), risk);
        }

        // qrisk.org value for the first person, 18.11% (see Qrisk3Tests in CareForAll.Care.Tests).
        Assert.Equal(18.11, Math.Round(double.Parse(lines[1].Split(',')[^1], CultureInfo.InvariantCulture), 2));
    }

    [Fact]
    public async Task ManyRowsAcrossChunksAreAllScoredInOrder()
    {
        var random = new Random(3);
        var rows = Enumerable.Range(0, 60_000)
            .Select(i => string.Create(CultureInfo.InvariantCulture,
                $"{random.Next(25, 85)},{(i % 2 == 0 ? "female" : "male")},{random.Next(1, 10)},{Math.Round(random.NextDouble() * 8 - 3, 3)},{random.Next(5)},{random.Next(3)},0,0,0,{random.Next(2)},0,0,0,0,0,0,0,{Math.Round(2 + random.NextDouble() * 6, 2)},{random.Next(90, 200)},{Math.Round(random.NextDouble() * 20, 1)},{Math.Round(18 + random.NextDouble() * 20, 2)}"))
            .ToArray();
        var input = Write("many.csv", [Header, .. rows]);
        var output = Path.Combine(folder, "many-scored.csv");

        var (code, _, _) = await Run("qrisk3", "--input", input, "--out", output);

        Assert.Equal(Commands.Ok, code);
        var lines = File.ReadAllLines(output);
        Assert.Equal(rows.Length + 1, lines.Length);
        Assert.All(Enumerable.Range(0, rows.Length), i => Assert.StartsWith(rows[i] + ",", lines[i + 1], StringComparison.Ordinal));

        // Every risk equals the scorer applied to values read with double.Parse: the CSV reader parses numbers exactly.
        for (var i = 0; i < rows.Length; i++)
        {
            var c = rows[i].Split(',').Select(v => double.Parse(v is "female" ? "0" : v is "male" ? "1" : v, CultureInfo.InvariantCulture)).ToArray();
            var person = new Qrisk3Input((int)c[0], (Qrisk3Sex)c[1], c[17], c[18], c[19], c[20], (Qrisk3Ethnicity)c[2], c[3],
                (Qrisk3Smoking)c[4], (Qrisk3Diabetes)c[5], c[9] == 1 ? Qrisk3Conditions.BloodPressureTreatment : Qrisk3Conditions.None);
            Assert.Equal(Qrisk3.TenYearRisk(person), double.Parse(lines[i + 1].Split(',')[^1], CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData("60,male,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,250,10,25", "systolic_bp", "must be from 70 to 210 mmHg; got 250")]
    [InlineData("60,man,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,130,10,25", "sex", "must be female or male; got 'man'")]
    [InlineData("60,male,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,130,10,25", "ethnicity", "from 1 to 9")]
    [InlineData("60,male,1,0,0,0,0,0,2,0,0,0,0,0,0,0,0,4,130,10,25", "af", "must be 0 (no) or 1 (yes); got '2'")]
    [InlineData("60,male,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,130,10,", "bmi", "a value is required")]
    [InlineData("60,male,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,four,130,10,25", "cholesterol_hdl_ratio", "'four' is not a number")]
    [InlineData("24,male,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,130,10,25", "age", "from 25 to 84")]
    [InlineData("60,male,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,130,10", "bmi", "expected 21 fields as in the header, found 20")]
    public async Task BadRowExitsTwoNamingFileLineAndFieldAndWritesNoOutput(string badRow, string field, string reason)
    {
        var input = Write("bad.csv", [Header, "50,female,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,120,10,25", badRow]);
        var output = Path.Combine(folder, "bad-scored.csv");

        var (code, _, stderr) = await Run("qrisk3", "--input", input, "--out", output);

        Assert.Equal(Commands.BadData, code);
        Assert.Contains($"{input} line 3, field {field}: ", stderr, StringComparison.Ordinal);
        Assert.Contains(reason, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(folder, "bad-scored*"));
    }

    [Fact]
    public async Task MissingColumnIsNamedOnLineOne()
    {
        var input = Write("no-bmi.csv", [Header.Replace(",bmi", "", StringComparison.Ordinal), "50,female,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,120,10"]);

        var (code, _, stderr) = await Run("qrisk3", "--input", input, "--out", Path.Combine(folder, "x.csv"));

        Assert.Equal(Commands.BadData, code);
        Assert.Contains($"{input} line 1, field bmi: required column is missing", stderr, StringComparison.Ordinal);
    }

    private string Write(string name, string[] lines)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private static async Task<(int Code, string Out, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Commands.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
