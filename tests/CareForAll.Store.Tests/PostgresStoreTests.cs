using CareForAll.Store.Tests.Backends;

namespace CareForAll.Store.Tests;

/// <summary>The store spec on a real PostgreSQL server started for the test run.</summary>
public sealed class PostgresStoreTests(PostgresCluster cluster) : StoreTests(cluster);
