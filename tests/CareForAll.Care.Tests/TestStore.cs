using CareForAll.Store;
using CareForAll.Store.Access;
using CareForAll.Store.Audit;
using CareForAll.Store.Organisations;
using Microsoft.Extensions.Time.Testing;

namespace CareForAll.Care.Tests;

/// <summary>A migrated SQLite store in a temporary file, with a fake clock and an access guard over it.</summary>
internal sealed class TestStore : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("careforall-care-store-").FullName;

    private TestStore()
    {
    }

    public string ConnectionString => $"Data Source={Path.Combine(folder, "store.db")};Pooling=False";

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2010, 5, 1, 9, 0, 0, TimeSpan.Zero));

    public static async Task<TestStore> OpenAsync()
    {
        var store = new TestStore();
        await StoreDatabase.MigrateAsync(store.ConnectionString);
        return store;
    }

    public StoreContext Context() => StoreDatabase.CreateContext(ConnectionString);

    public AccessGuard Guard(StoreContext context) =>
        new(new AccessPolicy(new StoreCareRelationships(context), new StoreOrganisationHierarchy(context)), new AuditLog(context, Time));

    /// <summary>Records that <paramref name="patientId"/> is registered with or treated by <paramref name="organisation"/>.</summary>
    public async Task RelateAsync(long patientId, string organisation, CareRelationshipKind kind)
    {
        await using var db = Context();
        db.CareRelationships.Add(new CareRelationship { PatientId = patientId, OrganisationCode = organisation, Kind = kind });
        await db.SaveChangesAsync();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
