using Microsoft.EntityFrameworkCore;

namespace CareForAll.Store;

/// <summary>The store on PostgreSQL (production), through Npgsql; instants are <c>timestamp with time zone</c>.</summary>
public sealed class PostgresStoreContext(DbContextOptions<PostgresStoreContext> options) : StoreContext(options);
