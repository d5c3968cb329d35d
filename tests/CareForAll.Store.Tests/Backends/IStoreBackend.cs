namespace CareForAll.Store.Tests.Backends;

/// <summary>A database server the store specs run against: it hands out fresh, empty databases.</summary>
public interface IStoreBackend
{
    /// <summary>The provider its connection strings select.</summary>
    StoreProvider Provider { get; }

    /// <summary>A connection string to a new, empty database that nothing else uses.</summary>
    Task<string> CreateEmptyDatabaseAsync();
}
