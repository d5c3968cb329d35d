using CareForAll.Store.Tests.Backends;

namespace CareForAll.Store.Tests;

/// <summary>The store spec on SQLite files.</summary>
public sealed class SqliteStoreTests() : StoreTests(new SqliteBackend());
