using System.Text;
using CareForAll.Data.Ingestion;

namespace CareForAll.Data.Tests.Ingestion;

/// <summary>
/// Thousands of mutated records (truncated, wrong types, bad codes, broken JSON, huge fields, Latin-1 bytes): nothing
/// crashes and every file balances, read = loaded + duplicate + quarantined.
/// </summary>
public sealed class FuzzTests : IDisposable
{
    private readonly IngestFolder folder = new();

    public void Dispose() => folder.Dispose();

    private const string CsvHeader = "patient_id,practice_code,observed_date,kind,value,unit,code";
    private const string CsvLine = "1,A81001,2009-06-01,hba1c,48,mmol/mol,999791000000106";
    private const string FhirLine =
        """{"resourceType":"Patient","id":"p1","identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9434765919"}],"gender":"female","birthDate":"1950-03-01","generalPractitioner":[{"identifier":{"system":"https://fhir.nhs.uk/Id/ods-organization-code","value":"A81001"}}]}""";

    [Fact]
    public void MutatedLines_NeverCrash_AndEveryFileBalances()
    {
        var random = new Random(20261126);
        var csv = new MemoryStream();
        var fhir = new MemoryStream();
        Append(csv, "patient_id,sex,birth_date,ethnic_category,lsoa,imd_decile,townsend,practice_code,commissioner_code,death_date,death_cause\n1,F,1950-01-01,A,E01000001,3,0.5,A81001,5A0,,\n");
        var observations = new MemoryStream();
        Append(observations, CsvHeader + "\n");
        const int Lines = 3000;
        for (var i = 0; i < Lines; i++)
        {
            observations.Write(Mutate(random, CsvLine));
            observations.WriteByte((byte)'\n');
            fhir.Write(Mutate(random, FhirLine));
            fhir.WriteByte((byte)'\n');
        }

        var patients = Path.Combine(folder.Root, "patient.csv");
        var observationFile = Path.Combine(folder.Root, "observation.csv");
        var fhirFile = Path.Combine(folder.Root, "Patient.ndjson");
        File.WriteAllBytes(patients, csv.ToArray());
        File.WriteAllBytes(observationFile, observations.ToArray());
        File.WriteAllBytes(fhirFile, fhir.ToArray());

        var result = LakeIngestion.Run(folder.LakeDir, [patients, observationFile, fhirFile]);

        Assert.All(result.Accounts, a => Assert.True(a.Balances, $"{a}"));
        var nonEmpty = (string file) => File.ReadAllBytes(file).Count(b => b == '\n') - CountEmptyLines(file);
        Assert.Equal(nonEmpty(observationFile) - 1, result.Accounts.Where(a => a.File == observationFile).Sum(a => a.Read));
        Assert.Equal(nonEmpty(fhirFile), result.Accounts.Where(a => a.File == fhirFile).Sum(a => a.Read));
        Assert.True(result.Quarantined > Lines / 2, "most mutations should be refused");
        Assert.True(result.Loaded > 1, "unmutated lines should load");
        Assert.Equal(result.Loaded - result.Duplicate + result.Duplicate, result.Loaded);
        Assert.Equal(folder.Count("observation") + folder.Count("patient"), result.Loaded);
    }

    private static int CountEmptyLines(string file) =>
        File.ReadAllText(file, new UTF8Encoding(false, false)).Split('\n').SkipLast(1).Count(l => l.Length == 0);

    private static void Append(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    private static byte[] Mutate(Random random, string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line).ToList();
        switch (random.Next(8))
        {
            case 0: // truncation
                bytes = bytes.Take(random.Next(1, bytes.Count)).ToList();
                break;
            case 1: // a wrong type: letters in place of a few characters
                for (var k = 0; k < 3; k++)
                {
                    bytes[random.Next(bytes.Count)] = (byte)random.Next('a', 'z' + 1);
                }

                break;
            case 2: // a bad code or broken structure: a random printable character
                bytes[random.Next(bytes.Count)] = (byte)random.Next(33, 127);
                break;
            case 3: // a huge field
                bytes.InsertRange(random.Next(bytes.Count), Encoding.UTF8.GetBytes(new string('9', random.Next(5000, 20000))));
                break;
            case 4: // a wrong encoding: Latin-1 bytes that are not UTF-8
                bytes.InsertRange(random.Next(bytes.Count), [0xE9, 0xFC, 0xA3]);
                break;
            case 5: // broken JSON or CSV quoting
                bytes.Insert(random.Next(bytes.Count), (byte)(random.Next(2) == 0 ? '"' : '{'));
                break;
            case 6: // a deleted stretch
                var start = random.Next(bytes.Count);
                bytes.RemoveRange(start, Math.Min(bytes.Count - start, random.Next(1, 20)));
                break;
            default: // unchanged
                break;
        }

        return [.. bytes.Where(b => b != '\n' && b != '\r')];
    }
}
