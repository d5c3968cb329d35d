using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CareForAll.Store.Tests.Backends;

/// <summary>
/// A migrated, empty store on one backend with the services registered as the web registers them, and a fake
/// clock that starts at the real time (Identity 10 stamps lockouts with the real clock).
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private TestStore(string connectionString, ServiceProvider services, FakeTimeProvider time)
    {
        ConnectionString = connectionString;
        Services = services;
        Time = time;
    }

    public string ConnectionString { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public static async Task<TestStore> OpenAsync(IStoreBackend backend)
    {
        var connectionString = await backend.CreateEmptyDatabaseAsync();
        await StoreDatabase.MigrateAsync(connectionString);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddCareForAllStore(connectionString);
        services.AddSingleton<CareForAll.Store.Identity.IPatientIndex>(new Subjects.PatientIndex());
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000); // fast hashing: the tests check rules, not hash strength
        return new TestStore(connectionString, services.BuildServiceProvider(validateScopes: true), time);
    }

    /// <summary>A new scope: its own DbContext, as one web request has.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    /// <summary>A new context outside any scope, for looking at the tables directly.</summary>
    public StoreContext Context() => StoreDatabase.CreateContext(ConnectionString);

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
