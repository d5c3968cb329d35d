using CareForAll.Core;
using CareForAll.Store.Access;
using CareForAll.Store.Audit;
using CareForAll.Store.Identity;
using CareForAll.Store.Organisations;
using CareForAll.Store.Tests.Backends;

namespace CareForAll.Store.Tests;

/// <summary>The in-store relationship look-ups, the administrators' audit search and "who looked at my record".</summary>
public abstract partial class StoreTests
{
    [Fact]
    public async Task ThePolicyAsksTheStoresRelationshipsAndHierarchy()
    {
        await using var store = await OpenAsync();
        await SeedWorldAsync(store);
        await using var scope = store.Scope();
        var policy = scope.Get<AccessPolicy>();
        var clinician = Subjects.For(StoreRole.Clinician);
        var commissioner = Subjects.For(StoreRole.Commissioner);

        Assert.True((await policy.DecideAsync(clinician, AccessAction.Read, AccessResource.PatientRecord(Subjects.OwnPatient))).Allowed);
        Assert.False((await policy.DecideAsync(clinician, AccessAction.Read, AccessResource.PatientRecord(Subjects.OtherPatient))).Allowed);
        Assert.True((await policy.DecideAsync(commissioner, AccessAction.Read, AccessResource.OrganisationAggregate(OdsCode.Parse("RXH01")))).Allowed);
        Assert.False((await policy.DecideAsync(commissioner, AccessAction.Read, AccessResource.OrganisationAggregate(Subjects.OtherTrust))).Allowed);
    }

    [Fact]
    public async Task AnAnalystReadsTheSecuredResultsOfTheirTrustAndItsSitesButNotOfAnotherTrustOrItsParent()
    {
        await using var store = await OpenAsync();
        await SeedWorldAsync(store);
        await using var scope = store.Scope();
        var policy = scope.Get<AccessPolicy>();
        var analyst = Subjects.For(StoreRole.ProviderAnalyst);
        var commissioner = Subjects.For(StoreRole.Commissioner);

        async Task<string[]> Readable(AccessSubject user, params string[] codes)
        {
            var readable = new List<string>();
            foreach (var code in codes)
            {
                if ((await policy.DecideAsync(user, AccessAction.Read, AccessResource.SecuredResult(OdsCode.Parse(code)))).Allowed)
                {
                    readable.Add(code);
                }
            }

            return [.. readable];
        }

        Assert.Equal(["RXH", "RXH01"], await Readable(analyst, "RXH", "RXH01", "RTH", "09D"));
        Assert.Equal(["09D", "RXH01", "G81001"], await Readable(commissioner, "09D", "RXH01", "G81001", "RTH"));
    }

    [Fact]
    public async Task APatientSeesWhoLookedAtTheirRecordAndNobodyElseCan()
    {
        await using var store = await OpenAsync();
        await SeedWorldAsync(store);
        await using var scope = store.Scope();
        var guard = scope.Get<AccessGuard>();
        var auditLog = scope.Get<AuditLog>();
        var patient = Subjects.For(StoreRole.Patient);
        var clinician = Subjects.For(StoreRole.Clinician);
        var analyst = Subjects.For(StoreRole.ProviderAnalyst);

        await guard.CheckAsync(clinician, AccessAction.Read, AccessResource.PatientRecord(Subjects.OwnPatient, "care-plan/1"), "direct care");
        store.Time.Advance(TimeSpan.FromHours(1));
        await guard.CheckAsync(analyst, AccessAction.Read, AccessResource.PatientRecord(Subjects.OwnPatient), "audit of outcomes");
        await guard.CheckAsync(clinician, AccessAction.Read, AccessResource.PatientRecord(Subjects.OtherPatient), "direct care");

        var history = await auditLog.WhoLookedAtAsync(patient, Subjects.OwnPatient);
        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() => auditLog.WhoLookedAtAsync(clinician, Subjects.OwnPatient));

        Assert.Equal([("u-analyst", false), ("u-clinician", true)], history.Select(e => (e.UserId, e.Allowed)));
        Assert.Equal("only the patient themself and administrators see who looked at a record", denied.Decision.Reason);
        var admin = Subjects.For(StoreRole.Administrator);
        var askings = await auditLog.SearchAsync(admin, new AuditQuery { PatientId = Subjects.OwnPatient }, "audit review");
        Assert.Equal(
            [(ResourceKind.RecordAccessHistory, "u-clinician", false), (ResourceKind.RecordAccessHistory, "u-patient", true),
             (ResourceKind.PatientRecord, "u-analyst", false), (ResourceKind.PatientRecord, "u-clinician", true)],
            askings.Select(e => (e.ResourceKind, e.UserId, e.Allowed)));
    }

    [Fact]
    public async Task AdministratorsSearchByUserPatientDateRangeAndAction()
    {
        await using var store = await OpenAsync();
        await SeedWorldAsync(store);
        await using var scope = store.Scope();
        var guard = scope.Get<AccessGuard>();
        var auditLog = scope.Get<AuditLog>();
        var clinician = Subjects.For(StoreRole.Clinician);
        var start = store.Time.GetUtcNow();

        await guard.CheckAsync(clinician, AccessAction.Read, AccessResource.PatientRecord(Subjects.OwnPatient), "direct care");
        store.Time.Advance(TimeSpan.FromDays(1));
        await guard.CheckAsync(clinician, AccessAction.Change, AccessResource.PatientRecord(Subjects.OwnPatient), "direct care");
        await guard.CheckAsync(Subjects.For(StoreRole.Patient), AccessAction.Read, AccessResource.PatientRecord(Subjects.OwnPatient), "own care");
        store.Time.Advance(TimeSpan.FromDays(1));
        await guard.CheckAsync(clinician, AccessAction.Read, AccessResource.PatientRecord(Subjects.OtherPatient), "direct care");
        var admin = Subjects.For(StoreRole.Administrator);

        async Task<IEnumerable<(string, long?, AccessAction)>> Search(AuditQuery query) =>
            (await auditLog.SearchAsync(admin, query, "audit review"))
                .Where(e => e.ResourceKind == ResourceKind.PatientRecord)
                .Select(e => (e.UserId, e.PatientId, e.Action));

        Assert.Equal(3, (await Search(new AuditQuery { UserId = clinician.UserId })).Count());
        Assert.Equal([("u-clinician", 2L, AccessAction.Read)], await Search(new AuditQuery { PatientId = Subjects.OtherPatient }));
        Assert.Equal(
            [("u-patient", 1L, AccessAction.Read), ("u-clinician", 1L, AccessAction.Change)],
            await Search(new AuditQuery { From = start.AddHours(12), To = start.AddHours(36) }));
        Assert.Equal([("u-clinician", 1L, AccessAction.Change)], await Search(new AuditQuery { Action = AccessAction.Change }));
        Assert.Equal(2, (await auditLog.SearchAsync(admin, new AuditQuery { Limit = 2 }, "audit review")).Count);
        await Assert.ThrowsAsync<AccessDeniedException>(() => auditLog.SearchAsync(Subjects.For(StoreRole.Regulator), new AuditQuery(), "curiosity"));
    }

    private static async Task SeedWorldAsync(TestStore store)
    {
        await using var db = store.Context();
        db.Organisations.AddRange(StoreSeed.DemoOrganisations.Select(o => new Organisation { Code = o.Code, Name = o.Name, ParentCode = o.ParentCode }));
        db.CareRelationships.Add(new CareRelationship { PatientId = Subjects.OwnPatient, OrganisationCode = "G81001", Kind = CareRelationshipKind.Registered });
        db.CareRelationships.Add(new CareRelationship { PatientId = Subjects.OwnPatient, OrganisationCode = "RXH", Kind = CareRelationshipKind.Treated });
        db.CareRelationships.Add(new CareRelationship { PatientId = Subjects.OtherPatient, OrganisationCode = "RTH", Kind = CareRelationshipKind.Treated });
        await db.SaveChangesAsync();
    }
}
