using System.Data.Common;
using CareForAll.Store.Access;
using CareForAll.Store.Audit;
using CareForAll.Store.Identity;
using CareForAll.Store.Tests.Backends;
using Microsoft.EntityFrameworkCore;

namespace CareForAll.Store.Tests;

/// <summary>
/// The store's spec, written once and run on every backend by the one-line subclasses
/// <see cref="SqliteStoreTests"/> and <see cref="PostgresStoreTests"/> (a real server, no in-memory fakes).
/// This file: migrations and the append-only audit log.
/// </summary>
public abstract partial class StoreTests(IStoreBackend backend) : IDisposable
{
    private static readonly string[] Migrations = ["Initial", "AppendOnlyAuditLog", "HealthChecksAndQuestionnaires"];

    public void Dispose()
    {
        (backend as IDisposable)?.Dispose();
        GC.SuppressFinalize(this);
    }

    private Task<TestStore> OpenAsync() => TestStore.OpenAsync(backend);

    [Fact]
    public async Task MigrationsCreateTheWholeModelInAnEmptyDatabase()
    {
        var connectionString = await backend.CreateEmptyDatabaseAsync();

        var applied = await StoreDatabase.MigrateAsync(connectionString);
        var again = await StoreDatabase.MigrateAsync(connectionString);

        Assert.Equal(Migrations, applied.Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]));
        Assert.Empty(again);
        await using var db = StoreDatabase.CreateContext(connectionString);
        Assert.Equal(backend.Provider == StoreProvider.Postgres, db.Database.IsNpgsql());
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Equal(0, await db.Users.CountAsync() + await db.Roles.CountAsync() + await db.CarePlans.CountAsync()
            + await db.AuditLog.CountAsync() + await db.Organisations.CountAsync() + await db.CareRelationships.CountAsync());
    }

    [Fact]
    public async Task AuditRowsCannotBeUpdated()
    {
        await using var store = await OpenAsync();
        var entry = await WriteOneAuditEntryAsync(store);
        await using var db = store.Context();

        var rawSql = await Assert.ThrowsAnyAsync<DbException>(() =>
            db.Database.ExecuteSqlRawAsync("""UPDATE "AuditLog" SET "Purpose" = 'covering tracks', "Allowed" = FALSE"""));
        var bulk = await Assert.ThrowsAnyAsync<DbException>(() =>
            db.AuditLog.ExecuteUpdateAsync(s => s.SetProperty(e => e.UserId, "someone-else")));

        Assert.Contains("append-only", rawSql.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", bulk.Message, StringComparison.Ordinal);
        var stored = await db.AuditLog.AsNoTracking().SingleAsync();
        Assert.Equal((entry.UserId, entry.Purpose, entry.Allowed), (stored.UserId, stored.Purpose, stored.Allowed));
    }

    [Fact]
    public async Task AuditRowsCannotBeDeleted()
    {
        await using var store = await OpenAsync();
        await WriteOneAuditEntryAsync(store);
        await using var db = store.Context();

        var rawSql = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditLog" """));
        var bulk = await Assert.ThrowsAnyAsync<DbException>(() => db.AuditLog.ExecuteDeleteAsync());
        db.AuditLog.Remove(await db.AuditLog.SingleAsync());
        var tracked = await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Contains("append-only", rawSql.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", bulk.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", tracked.InnerException?.Message ?? "", StringComparison.Ordinal);
        await using var fresh = store.Context();
        Assert.Equal(1, await fresh.AuditLog.CountAsync());
    }

    [Fact]
    public async Task EveryDecisionAboutPatientDataAndSecuredResultsIsAuditedAndNoOtherIs()
    {
        await using var store = await OpenAsync();
        await using var scope = store.Scope();
        var guard = scope.Get<AccessGuard>();
        var resources = new[]
        {
            AccessResource.PatientRecord(Subjects.OwnPatient, "care-plan/7"),
            AccessResource.RecordAccessHistory(Subjects.OwnPatient),
            AccessResource.AuditLog,
            AccessResource.OrganisationAggregate(Subjects.Trust),
            AccessResource.SecuredResult(Subjects.Trust, "secured-results/RXH"),
            AccessResource.PublishedResult,
        };
        var expected = new List<(string, StoreRole, AccessAction, ResourceKind, bool, string)>();

        foreach (var role in StoreRoles.All)
        {
            foreach (var action in Enum.GetValues<AccessAction>())
            {
                foreach (var resource in resources)
                {
                    var decision = await guard.CheckAsync(Subjects.For(role), action, resource, $"test {role} {action}");
                    if (resource.Kind.IsAudited())
                    {
                        expected.Add((Subjects.For(role).UserId, role, action, resource.Kind, decision.Allowed, decision.Reason));
                    }
                }
            }
        }

        await using var db = store.Context();
        var rows = await db.AuditLog.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(expected, rows.Select(e => (e.UserId, e.Role, e.Action, e.ResourceKind, e.Allowed, e.Reason)));
        Assert.Contains(rows, e => !e.Allowed);
        Assert.All(rows, e => Assert.Equal(store.Time.GetUtcNow(), e.OccurredAt, TimeSpan.FromTicks(TimeSpan.TicksPerMicrosecond - 1)));
        Assert.All(rows, e => Assert.Equal(TimeSpan.Zero, e.OccurredAt.Offset));
        Assert.All(rows, e => Assert.Equal($"test {e.Role} {e.Action}", e.Purpose));
        Assert.All(rows.Where(e => e.ResourceKind == ResourceKind.PatientRecord), e => Assert.Equal((1L, "care-plan/7"), (e.PatientId!.Value, e.ResourceId!)));
        // The store is empty, so the commissioner commissions nobody: only RXH's own analyst and the regulator read its secured results.
        Assert.Equal(
            [StoreRole.ProviderAnalyst, StoreRole.Regulator],
            rows.Where(e => e.ResourceKind == ResourceKind.SecuredResult && e.Allowed).Select(e => e.Role));
        Assert.All(rows.Where(e => e.ResourceKind == ResourceKind.SecuredResult), e => Assert.Equal(("RXH", "secured-results/RXH"), (e.ResourceOrganisationCode, e.ResourceId)));
    }

    private static async Task<AuditEntry> WriteOneAuditEntryAsync(TestStore store)
    {
        await using var scope = store.Scope();
        var clinician = Subjects.For(StoreRole.Clinician);
        var resource = AccessResource.PatientRecord(Subjects.OwnPatient);
        return await scope.Get<AuditLog>().WriteAsync(
            clinician, AccessAction.Read, resource, "direct care", AccessPolicy.Decide(clinician, AccessAction.Read, resource, new RelationshipFacts(true, false)));
    }
}
