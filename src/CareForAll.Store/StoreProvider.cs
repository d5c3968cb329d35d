namespace CareForAll.Store;

/// <summary>The database behind the store, chosen by the connection string.</summary>
public enum StoreProvider
{
    /// <summary>An embedded SQLite file: <c>Data Source=demo/store.db</c>.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: <c>Host=…;Database=…;Username=…</c>.</summary>
    Postgres,
}
