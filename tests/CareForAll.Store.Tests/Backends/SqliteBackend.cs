namespace CareForAll.Store.Tests.Backends;

/// <summary>SQLite files in one temporary folder, deleted when the test class is done.</summary>
public sealed class SqliteBackend : IStoreBackend, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("careforall-sqlite-").FullName;

    public StoreProvider Provider => StoreProvider.Sqlite;

    public Task<string> CreateEmptyDatabaseAsync() =>
        Task.FromResult($"Data Source={Path.Combine(folder, Guid.NewGuid().ToString("N") + ".db")};Pooling=False");

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
