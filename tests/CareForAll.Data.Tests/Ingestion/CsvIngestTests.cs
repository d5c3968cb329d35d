using CareForAll.Data.Ingestion;
using CareForAll.Tests;

namespace CareForAll.Data.Tests.Ingestion;

/// <summary>CSV extracts: layouts recognised from headers, each validation rule, quarantine contents, idempotent reloads.</summary>
public sealed class CsvIngestTests : IDisposable
{
    private readonly IngestFolder folder = new();

    public void Dispose() => folder.Dispose();

    private const string Organisations =
        "Organisation Code,Organisation Name,Organisation Kind,Parent Code,Postcode,Open Date,Close Date\n" +
        "Y01,North East,region,,,2002-04-01,\n" +
        "RA1,Tees Hospitals NHS Trust,trust,Y01,TS1 1AA,1992-04-01,\n" +
        "RA101,Tees General,site,RA1,TS1 1AB,1992-04-01,\n" +
        "A81001,The Densham Surgery,gp_practice,Y01,TS18 1HU,1974-04-01,\n";

    // NHS numbers 9434765919 and 4010232137 are valid (Modulus 11); 9434765918 is not.
    private const string Patients =
        "nhs_number,sex,birth_date,ethnic_category,lsoa,imd_decile,townsend,practice_code,commissioner_code,death_date,death_cause\n" +
        "9434765919,F,1950-03-01,A,E01000001,3,1.5,A81001,RA1,,\n" +
        "4010232137,M,1942-07-15,B,E01000002,7,-2.1,A81001,RA1,2010-01-20,I21.9\n" +
        "9434765918,M,1960-01-01,A,E01000003,5,0.0,A81001,RA1,,\n";

    private string HesApc(params string[] rows) =>
        "SPELL_ID,nhs_number,PROCODE3,SITETRET,GPPRAC,COMMISSIONER,ADMIDATE,DISDATE,ADMIMETH,CLASSPAT,DISMETH,TRETSPEF,DIAG_4_01,SECONDARY_DIAGNOSES,OPERTN_4_01,OPERTN_4_CONCAT,SPELHRG,STARTAGE,SEX,IMD_DECILE\n" +
        string.Join("\n", rows) + "\n";

    private const string GoodSpell = "1,9434765919,RA1,RA101,A81001,RA1,2009-05-01,2009-05-04,21,1,1,300,I21.9,E11.9;I10X,,,EB10A,59,2,3";

    private IngestResult Load(params string[] files) => LakeIngestion.Run(folder.LakeDir, files);

    [Fact]
    public void HesApcLayout_LoadsSpells_WithHesCodingsTurnedIntoLakeValues()
    {
        var result = Load(folder.Write("orgs.csv", Organisations), folder.Write("patients.csv", Patients), folder.Write("apc.csv", HesApc(GoodSpell)));

        Assert.All(result.Accounts, a => Assert.True(a.Balances));
        using var lake = Lake.Open(folder.LakeDir);
        var spell = Sql.Rows(lake, "SELECT sex, patient_class, admission_type, primary_diagnosis, secondary_diagnoses, los_days FROM spell").Single();
        Assert.Equal(new object?[] { "F", "ordinary", "emergency", "I219", "E119;I10X", 3 }, spell);
    }

    [Theory]
    [InlineData("2,9434765918,RA1,RA101,A81001,RA1,2009-05-01,2009-05-04,21,1,1,300,I21.9,,,,EB10A,59,2,3", "nhs_number", "Modulus 11")]
    [InlineData("2,9434765919,RA1,RA101,A81001,RA1,2009-05-01,2009-05-04,21,1,1,300,21.9,,,,EB10A,59,2,3", "primary_diagnosis", "ICD-10")]
    [InlineData("2,9434765919,RA1,RA101,A81001,RA1,2009-05-01,2009-05-04,21,1,1,300,I21.9,,W3!1,,EB10A,59,2,3", "primary_procedure", "OPCS-4")]
    [InlineData("2,9434765919,RA1,RA101,A81001,RA1,2009-05-04,2009-05-01,21,1,1,300,I21.9,,,,EB10A,59,2,3", "discharge_date", "before admission_date")]
    [InlineData("2,9434765919,RA1,RA101,A81001,RA1,1789-07-14,2009-05-01,21,1,1,300,I21.9,,,,EB10A,59,2,3", "admission_date", "outside")]
    [InlineData("2,9434765919,RA1,RA101,A81001,RA1,2009-05-01,next week,21,1,1,300,I21.9,,,,EB10A,59,2,3", "discharge_date", "not a date")]
    [InlineData("2,9434765919,RZZ,RA101,A81001,RA1,2009-05-01,2009-05-04,21,1,1,300,I21.9,,,,EB10A,59,2,3", "provider_code", "not in the lake")]
    [InlineData("2,4010232137,RA1,RA101,A81001,RA1,2009-05-01,2009-05-04,21,1,1,300,I21.9,,,,,59,1,3", "hrg", "required")]
    [InlineData("2,9434765919,RA1,RA101,A81001,RA1,2009-05-01,2009-05-04,21,1,1,300,I21.9,,,,EB10A,259,2,3", "age_on_admission", "outside")]
    [InlineData("2,9434765919,RA1,RA101,A81001,RA1,2009-05-01,2009-05-04,21,1,1,300,I21.9,,,,EB10A,59,9,3", "sex", "not F or M")]
    [InlineData("2,9434765919,RA1,R-1,A81001,RA1,2009-05-01,2009-05-04,21,1,1,300,I21.9,,,,EB10A,59,2,3", "site_code", "ODS")]
    [InlineData("2,9434765919,RA1,RA101,A81001,RA1,\"2009-05-01,2009-05-04", "(line)", "quote")]
    public void BadRecord_IsQuarantinedWithFieldAndReason_AndTheRestLoads(string badLine, string field, string reason)
    {
        var apc = folder.Write("apc.csv", HesApc(GoodSpell, badLine));

        var result = Load(folder.Write("orgs.csv", Organisations), folder.Write("patients.csv", Patients), apc);

        var spells = result.Accounts.Single(a => a.File == apc);
        Assert.Equal((2L, 1L, 0L, 1L), (spells.Read, spells.Loaded, spells.Duplicate, spells.Quarantined));
        var refused = result.Quarantine.Single(q => q.File == apc);
        Assert.Equal((3L, field), (refused.Line, refused.Field));
        Assert.Contains(reason, refused.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(badLine, refused.Raw);
        using var lake = Lake.Open(folder.LakeDir);
        var stored = Sql.Rows(lake, $"SELECT line, field, raw FROM quarantine WHERE source_file = '{apc}'").Single();
        Assert.Equal(new object?[] { 3L, field, badLine }, stored);
    }

    [Fact]
    public void UnknownPatient_IsQuarantined_ButResolvesWhenThePatientIsAlreadyInTheLake()
    {
        var orgs = folder.Write("orgs.csv", Organisations);
        var apc = folder.Write("apc.csv", HesApc(GoodSpell));

        var first = Load(orgs, apc);
        Assert.Contains("patient", first.Quarantine.Single().Reason, StringComparison.Ordinal);

        Load(folder.Write("patients.csv", Patients));
        var second = Load(apc);
        Assert.Equal(1, second.Accounts.Single().Loaded);
    }

    [Fact]
    public void LoadingTheSameFilesTwice_AddsNothing_AndCountsDuplicates()
    {
        string[] files = [folder.Write("orgs.csv", Organisations), folder.Write("patients.csv", Patients), folder.Write("apc.csv", HesApc(GoodSpell))];
        var first = Load(files);
        var before = (folder.Count("organisation"), folder.Count("patient"), folder.Count("spell"), folder.Count("quarantine"));

        var second = Load(files);

        Assert.Equal((4L, 2L, 1L, 1L), before);
        Assert.Equal(before, (folder.Count("organisation"), folder.Count("patient"), folder.Count("spell"), folder.Count("quarantine")));
        Assert.Equal(0, second.Loaded);
        Assert.Equal(first.Loaded, second.Duplicate);
        Assert.Equal(first.Quarantined, second.Quarantined);
        Assert.False(second.Committed);
        Assert.Single(LakeTransactionLog());
    }

    [Fact]
    public void Check_ValidatesWithoutWritingAnything()
    {
        var result = LakeIngestion.Run(folder.LakeDir, [folder.Write("orgs.csv", Organisations), folder.Write("patients.csv", Patients)], checkOnly: true);

        Assert.Equal((7L, 6L, 1L), (result.Read, result.Loaded, result.Quarantined));
        Assert.False(Directory.Exists(folder.LakeDir));
    }

    [Fact]
    public void OdsStandardHeaderlessTrustList_LoadsAsTrusts()
    {
        var etr = RepositoryPaths.SharedData("real", "ods", "etr_2025.csv");

        var result = Load(etr);

        Assert.Equal((210L, 210L), (result.Read, result.Loaded));
        using var lake = Lake.Open(folder.LakeDir);
        // RJ1 is Guy's and St Thomas' NHS Foundation Trust in the ODS trust list (etr), in the London region Y56.
        var row = Sql.Rows(lake, "SELECT name, kind, parent_code FROM organisation WHERE code = 'RJ1'").Single();
        Assert.Equal(new object?[] { "GUY'S AND ST THOMAS' NHS FOUNDATION TRUST", "trust", "Y56" }, row);
    }

    [Fact]
    public void Manifest_CoversOnlyTheFinancialYearsWithActivityInEveryMonth()
    {
        // admissions in each month from April 2009 to March 2010, and one in April 2010: 2009-10 is whole, 2010-11 is not
        var spells = Enumerable.Range(0, 13).Select(k =>
        {
            var admitted = new DateOnly(2009, 4, 1).AddMonths(k);
            return $"{k + 1},9434765919,RA1,RA101,A81001,RA1,{admitted:yyyy-MM-dd},{admitted.AddDays(3):yyyy-MM-dd},21,1,1,300,I21.9,,,,EB10A,59,2,3";
        });

        Load(folder.Write("orgs.csv", Organisations), folder.Write("patients.csv", Patients), folder.Write("apc.csv", HesApc([.. spells])));

        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.LakeDir, "manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal(["2009-10"], root.GetProperty("years").EnumerateArray().Select(y => y.GetString()));
        Assert.Equal(("2009-04-01", "2010-03-31"), (root.GetProperty("start").GetString(), root.GetProperty("end").GetString()));
        Assert.Equal(13, root.GetProperty("rows").GetProperty("spell").GetInt64());
    }

    private IReadOnlyList<IngestLogEntry> LakeTransactionLog() =>
        System.Text.Json.JsonSerializer.Deserialize<List<IngestLogEntry>>(File.ReadAllText(Path.Combine(folder.LakeDir, "_ingest", "log.json")))!;
}
