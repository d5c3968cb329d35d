using CareForAll.Care.Questionnaires;
using CareForAll.Data;
using CareForAll.Data.Synthetic;
using CareForAll.Measures.Definitions;
using CareForAll.Measures.Running;
using CareForAll.Store.Access;
using CareForAll.Store.Identity;
using DuckDB.NET.Data;

namespace CareForAll.Care.Tests.Questionnaires;

/// <summary>
/// The loop closes: a patient fills in the Oxford Hip Score and EQ-5D-5L before and six months after their hip
/// replacement, the answers are written back to the lake, and the hip-replacement-oxford-gain measure counts them.
/// </summary>
public sealed class PromsWriteBackTests : IDisposable
{
    private readonly string lakeDir = Directory.CreateTempSubdirectory("careforall-proms-lake-").FullName;

    public void Dispose() => Directory.Delete(lakeDir, recursive: true);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string?> Eq5d(string profile, int vas) => new()
    {
        ["mobility"] = profile[..1],
        ["self-care"] = profile[1..2],
        ["usual-activities"] = profile[2..3],
        ["pain-discomfort"] = profile[3..4],
        ["anxiety-depression"] = profile[4..],
        ["vas"] = vas.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, string?> OxfordHip(int each) =>
        QuestionnaireCatalogue.OxfordLinkIds.ToDictionary(id => id, _ => (string?)each.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static long FirstHipSpellWithoutProms(DuckDBConnection lake)
    {
        using var command = lake.CreateCommand();
        command.CommandText = """
            SELECT min(s.spell_id) FROM spell s
            WHERE substr(s.primary_procedure, 1, 3) IN ('W37', 'W38', 'W39') AND s.admission_date BETWEEN DATE '2009-04-01' AND DATE '2010-03-31'
              AND NOT EXISTS (SELECT 1 FROM proms_response r WHERE r.spell_id = s.spell_id)
            """;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private MeasureResult Result(string provider)
    {
        using var lake = Lake.Open(lakeDir);
        var measure = MeasureFileReader.ReadBuiltIn().Single(m => m.Id == "hip-replacement-oxford-gain");
        return new MeasureRunner(lake).Run(measure, 2009).Results.Single(r => r.UnitType == "trust" && r.UnitCode == provider);
    }

    [Fact]
    public async Task AnsweredHipQuestionnairesReachTheLakeAndTheMeasureCountsThem()
    {
        SyntheticEngland.Generate(lakeDir, new GenerationOptions(0.002, 3));
        PromsSpell spell;
        using (var lake = Lake.Open(lakeDir))
        {
            spell = PromsSpell.Find(lake, FirstHipSpellWithoutProms(lake))!;
        }

        var before = Result(spell.ProviderCode);
        using var store = await TestStore.OpenAsync();
        await using var db = store.Context();
        var capture = new QuestionnaireCapture(db, store.Guard(db), store.Time);
        var patient = new AccessSubject("u-patient", StoreRole.Patient, patientId: spell.PatientId);
        var pre = spell.AdmissionDate.AddDays(-14);
        var post = spell.AdmissionDate.AddMonths(6);

        var answers = new[]
        {
            await capture.SubmitPromsAsync(patient, spell, PromsStage.PreOperative, QuestionnaireResponseForm.Build(QuestionnaireKind.Eq5d5l, Eq5d("33432", 40), pre), "PROMs", Ct),
            await capture.SubmitPromsAsync(patient, spell, PromsStage.PreOperative, QuestionnaireResponseForm.Build(QuestionnaireKind.OxfordHip, OxfordHip(1), pre), "PROMs", Ct),
            await capture.SubmitPromsAsync(patient, spell, PromsStage.SixMonthsPostOperative, QuestionnaireResponseForm.Build(QuestionnaireKind.Eq5d5l, Eq5d("11121", 85), post), "PROMs", Ct),
            await capture.SubmitPromsAsync(patient, spell, PromsStage.SixMonthsPostOperative, QuestionnaireResponseForm.Build(QuestionnaireKind.OxfordHip, OxfordHip(4), post), "PROMs", Ct),
        };
        var knee = await capture.SubmitPromsAsync(patient, spell, PromsStage.PreOperative, QuestionnaireResponseForm.Build(QuestionnaireKind.OxfordKnee, OxfordHip(2), pre), "PROMs", Ct);
        var (rows, _, files) = await new QuestionnaireLakeWriter(db, store.Time).AppendPendingAsync(lakeDir, Ct);
        var again = await new QuestionnaireLakeWriter(db, store.Time).AppendPendingAsync(lakeDir, Ct);
        var after = Result(spell.ProviderCode);

        Assert.All(answers, a => Assert.True(a.Saved, string.Join("; ", a.Checked.Problems)));
        Assert.False(knee.Saved);
        Assert.Equal(2, rows);
        Assert.Equal(0, again.PromsRows);
        Assert.StartsWith(Path.Combine(lakeDir, "proms_response", "careforall-proms-"), Assert.Single(files), StringComparison.Ordinal);
        Assert.False(Directory.EnumerateFiles(Path.Combine(lakeDir, ".staging"), "*", SearchOption.AllDirectories).Any());
        Assert.Equal(before.Denominator + 1, after.Denominator);
        using var check = Lake.Open(lakeDir);
        using var command = check.CreateCommand();
        command.CommandText = $"SELECT string_agg(stage || ':' || oxford_score || ':' || eq5d_profile, ',' ORDER BY stage DESC) FROM proms_response WHERE spell_id = {spell.SpellId}";
        Assert.Equal("pre:12:33432,post:48:11121", command.ExecuteScalar());
    }
}
