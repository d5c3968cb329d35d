using System.Globalization;
using System.Net;
using CareForAll.Store;
using CareForAll.Store.Identity;
using CareForAll.Store.Tests.Backends;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CareForAll.Web.Tests.Access;

/// <summary>
/// Every route of the site × every role, a clinician and an analyst of another organisation and an anonymous visitor:
/// each request is allowed or denied as the one rule table below says, and every look at patient data or secured
/// results is audited. Routes come from the app's <see cref="EndpointDataSource"/>, so an endpoint added without a
/// rule here fails the test. Written once and run on every store backend by the one-line subclasses
/// <see cref="SqliteAuthorisationMatrixTests"/> and <see cref="PostgresAuthorisationMatrixTests"/> (a real server,
/// started as for the store tests).
/// </summary>
public abstract class AuthorisationMatrixTests(SiteFixture site, IStoreBackend backend) : IDisposable
{
    private const string Anonymous = "anonymous";
    private const string Elsewhere = "clinician-elsewhere@test.careforall";
    private const string AnalystElsewhere = "analyst-elsewhere@test.careforall";
    private static readonly string Patient = Demo(StoreRole.Patient);
    private static readonly string Clinician = Demo(StoreRole.Clinician);
    private static readonly string Admin = Demo(StoreRole.Administrator);
    private static readonly string Analyst = Demo(StoreRole.ProviderAnalyst);
    private static readonly string Commissioner = Demo(StoreRole.Commissioner);
    private static readonly string Regulator = Demo(StoreRole.Regulator);

    private static readonly string[] Subjects = [Anonymous, .. StoreSeed.DemoUsers.Select(u => u.Email), Elsewhere, AnalystElsewhere];

    [Fact]
    public async Task Every_route_allows_and_denies_each_kind_of_user_as_the_rule_table_says_and_audits_patient_data()
    {
        var lake = LakeSamples.Find(site.Lake);
        await using var app = await SignedInSite.OpenAsync(site, backend);
        using (var scope = app.Factory.Services.CreateScope())
        {
            Assert.Equal(backend.Provider == StoreProvider.Postgres, scope.ServiceProvider.GetRequiredService<StoreContext>().Database.IsNpgsql());
        }

        await app.AddUserAsync(Elsewhere, StoreRole.Clinician, lake.OtherTrust);
        await app.AddUserAsync(AnalystElsewhere, StoreRole.ProviderAnalyst, lake.OtherTrust);
        var rules = Rules(lake);

        var routes = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Distinct()
            .ToList();
        var unruled = routes.Where(r => !rules.ContainsKey(r)).ToList();
        Assert.True(unruled.Count == 0, "Routes without an access rule: " + string.Join(", ", unruled));
        var stale = rules.Keys.Except(routes).ToList();
        Assert.True(stale.Count == 0, "Rules for routes the site does not have: " + string.Join(", ", stale));

        var clients = new Dictionary<string, HttpClient>();
        foreach (var subject in Subjects)
        {
            clients[subject] = await app.SignedInClientAsync(subject == Anonymous ? null : subject);
        }

        var failures = new List<string>();
        var audited = 0;
        foreach (var route in routes)
        {
            foreach (var probe in rules[route])
            {
                foreach (var subject in Subjects)
                {
                    var before = await app.LastAuditIdAsync();
                    using var response = await clients[subject].GetAsync(probe.Path, TestContext.Current.CancellationToken);
                    var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                    var allowed = probe.AllowedFor(subject);
                    var expected = allowed ? probe.AllowedStatus : subject == Anonymous ? probe.AnonymousStatus : HttpStatusCode.Forbidden;
                    if (response.StatusCode != expected)
                    {
                        failures.Add($"{subject} GET {probe.Path}: {(int)response.StatusCode}, expected {(int)expected}");
                    }

                    if (!allowed && probe.DataMarker is not null && body.Contains(probe.DataMarker, StringComparison.Ordinal))
                    {
                        failures.Add($"{subject} GET {probe.Path}: denied but the page shows '{probe.DataMarker}'");
                    }

                    var rows = await app.AuditAfterAsync(before);
                    if (probe.Audited)
                    {
                        audited++;
                        var name = subject == Anonymous ? "anonymous" : subject;
                        if (rows.Count != 1 || rows[0].UserName != name || rows[0].Allowed != allowed || rows[0].PatientId != probe.PatientId
                            || rows[0].ResourceOrganisationCode != probe.Organisation)
                        {
                            failures.Add($"{subject} GET {probe.Path}: audit rows {string.Join("; ", rows.Select(r => $"{r.UserName} {r.ResourceKind} {r.PatientId} {r.ResourceOrganisationCode} allowed={r.Allowed}"))}");
                        }
                    }
                    else if (rows.Count != 0)
                    {
                        failures.Add($"{subject} GET {probe.Path}: wrote {rows.Count} audit rows for data that is not audited");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(audited >= 4 * Subjects.Length, $"only {audited} patient-data requests were checked");
    }

    /// <summary>The one rule table: route pattern → the requests to make and who each is for.</summary>
    private static Dictionary<string, Probe[]> Rules(LakeSamples lake)
    {
        var org = lake.OtherTrust;
        Probe[] Public(string path, HttpStatusCode status = HttpStatusCode.OK) => [new(path, _ => true, status)];
        var demoPatient = StoreSeed.DemoPatientId;
        var other = lake.PatientTreatedByOtherTrust;
        return new Dictionary<string, Probe[]>(StringComparer.Ordinal)
        {
            ["/"] = Public("/"),
            ["/compare"] = Public($"/compare?codes={org}"),
            ["/error"] = Public("/error", HttpStatusCode.InternalServerError),
            ["/not-found"] = Public("/not-found", HttpStatusCode.NotFound),
            ["/open-data"] = Public("/open-data"),
            ["/your-rights"] = Public("/your-rights"),
            ["/reduce-your-risk"] = Public("/reduce-your-risk"),
            ["/feedback/{organisationCode}"] = Public("/feedback/" + org),
            ["/indicators"] = Public("/indicators"),
            ["/indicators/{id}"] = Public("/indicators/" + lake.MeasureId),
            ["/organisations/{code}"] = Public("/organisations/" + org),
            ["/account/sign-in"] = Public("/account/sign-in"),
            ["/account/sign-out"] = Public("/account/sign-out"),
            ["/account/external-callback"] = Public("/account/external-callback", HttpStatusCode.BadRequest),
            ["/api/openapi.json"] = Public("/api/openapi.json"),
            ["/api/organisations/"] = Public("/api/organisations?q=a"),
            ["/api/organisations/{code}"] = Public("/api/organisations/" + org),
            ["/api/measures/"] = Public("/api/measures"),
            ["/api/measures/{id}"] = Public("/api/measures/" + lake.MeasureId),
            ["/api/results"] = Public("/api/results?organisation=" + org),
            ["/api/results.csv"] = Public("/api/results.csv?organisation=" + org),
            ["/api/results.json"] = Public("/api/results.json?organisation=" + org),
            ["/api/fhir/Measure"] = Public("/api/fhir/Measure"),
            ["/api/fhir/Measure/{id}"] = Public("/api/fhir/Measure/" + lake.MeasureId),
            ["/api/fhir/MeasureReport"] = Public("/api/fhir/MeasureReport?subject=" + org),
            ["/api/fhir/MeasureReport/{id}"] = Public($"/api/fhir/MeasureReport/{org}.{lake.MeasureId}.{lake.Period}"),
            ["/records/patients/{id:long}"] =
            [
                new($"/records/patients/{demoPatient}", s => s == Patient || s == Clinician, Audited: true, PatientId: demoPatient, DataMarker: "Year of birth"),
                new($"/records/patients/{other}", s => s == Elsewhere, Audited: true, PatientId: other, DataMarker: "Year of birth"),
            ],
            ["/records/patients/{id:long}/access-log"] =
            [
                new($"/records/patients/{demoPatient}/access-log", s => s == Patient || s == Admin, Audited: true, PatientId: demoPatient, DataMarker: "<h1>Who has looked"),
                new($"/records/patients/{other}/access-log", s => s == Admin, Audited: true, PatientId: other, DataMarker: "<h1>Who has looked"),
            ],
            ["/records/patients/{id:long}/proms"] =
            [
                new($"/records/patients/{demoPatient}/proms", s => s == Patient, Audited: true, PatientId: demoPatient, DataMarker: "<h1>Questionnaires about"),
                new($"/records/patients/{other}/proms", _ => false, Audited: true, PatientId: other, DataMarker: "<h1>Questionnaires about"),
            ],
            ["/records/patients/{id:long}/proms/{spellId:long}/{stage}"] =
            [
                // The demo patient has had no hip or knee replacement: allowed to look, there is no such questionnaire.
                new($"/records/patients/{demoPatient}/proms/{lake.DemoPatientSpell}/post", s => s == Patient, HttpStatusCode.NotFound, Audited: true, PatientId: demoPatient),
                new($"/records/patients/{other}/proms/{lake.DemoPatientSpell}/post", _ => false, Audited: true, PatientId: other, DataMarker: "Send my answers"),
            ],
            ["/admin/audit"] = [new("/admin/audit", s => s == Admin, Audited: true, DataMarker: "<h1>Audit log</h1>")],
            ["/secured"] = [new("/secured", s => s == Analyst || s == Commissioner || s == Regulator || s == AnalystElsewhere, DataMarker: "<h1>Secured results</h1>")],
            ["/secured/organisations/{code}"] =
            [
                new("/secured/organisations/RXH01", s => s == Analyst || s == Commissioner || s == Regulator, Audited: true, Organisation: "RXH01", DataMarker: "Small numbers shown"),
                new($"/secured/organisations/{org}", s => s == AnalystElsewhere || s == Regulator, Audited: true, Organisation: org, DataMarker: "Small numbers shown"),
            ],
            ["/api/secured/results"] =
            [
                new("/api/secured/results?organisation=RXH", s => s == Analyst || s == Commissioner || s == Regulator, Audited: true, Organisation: "RXH", DataMarker: "\"items\"", AnonymousStatus: HttpStatusCode.Unauthorized),
                new($"/api/secured/results?organisation={org}", s => s == AnalystElsewhere || s == Regulator, Audited: true, Organisation: org, DataMarker: "\"items\"", AnonymousStatus: HttpStatusCode.Unauthorized),
            ],
        };
    }

    public void Dispose()
    {
        (backend as IDisposable)?.Dispose();
        GC.SuppressFinalize(this);
    }

    private static string Demo(StoreRole role) => StoreSeed.DemoUsers.Single(u => u.Role == role).Email;

    /// <summary>
    /// One request of the matrix: its path, who may have it, the status when allowed (and for an anonymous visitor
    /// when denied), and whether it is audited (patient data, secured results) with the patient or organisation the
    /// audit row names.
    /// </summary>
    private sealed record Probe(
        string Path, Func<string, bool> AllowedFor, HttpStatusCode AllowedStatus = HttpStatusCode.OK, bool Audited = false, long? PatientId = null,
        string? DataMarker = null, string? Organisation = null, HttpStatusCode AnonymousStatus = HttpStatusCode.Forbidden);
}

/// <summary>The authorisation matrix with the store on SQLite files.</summary>
public sealed class SqliteAuthorisationMatrixTests(SiteFixture site) : AuthorisationMatrixTests(site, new SqliteBackend());

/// <summary>The authorisation matrix with the store on a real PostgreSQL server started for the test run.</summary>
public sealed class PostgresAuthorisationMatrixTests(SiteFixture site, PostgresCluster cluster) : AuthorisationMatrixTests(site, cluster);

/// <summary>Codes and ids from the fixture's lake that the matrix requests.</summary>
internal sealed record LakeSamples(string OtherTrust, long PatientTreatedByOtherTrust, string MeasureId, string Period, long DemoPatientSpell)
{
    /// <summary>
    /// A trust that has never seen the demo patient, one of its patients (not the demo patient, and not in the care
    /// of the demo clinician's trust), and a published measure and year.
    /// </summary>
    public static LakeSamples Find(string lakeFolder)
    {
        using var connection = CareForAll.Data.Lake.Open(lakeFolder);
        using var command = connection.CreateCommand();
        var demo = StoreSeed.DemoPatientId.ToString(CultureInfo.InvariantCulture);
        command.CommandText = $"""
            SELECT s.provider_code, min(s.patient_id) FROM spell s
            WHERE s.patient_id <> {demo} AND s.provider_code <> 'RXH'
              AND s.provider_code NOT IN (SELECT provider_code FROM spell WHERE patient_id = {demo})
              AND s.patient_id NOT IN (SELECT patient_id FROM spell WHERE provider_code = 'RXH')
              AND s.patient_id NOT IN (SELECT patient_id FROM gp_registration WHERE practice_code IN ('RXH', 'G81001'))
            GROUP BY s.provider_code ORDER BY s.provider_code LIMIT 1
            """;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), "the lake has no trust to stand for another organisation");
        var trust = reader.GetString(0);
        var patient = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
        var results = CareForAll.Measures.Running.ResultFiles.Read(Path.Combine(Path.GetDirectoryName(lakeFolder)!, "results", "published", "results.parquet"));
        var sample = results.First(r => string.Equals(r.UnitCode, trust, StringComparison.OrdinalIgnoreCase));
        reader.Close();
        command.CommandText = $"SELECT min(spell_id) FROM spell WHERE patient_id = {demo}";
        var demoSpell = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        return new LakeSamples(trust, patient, sample.MeasureId, sample.Period, demoSpell);
    }
}
