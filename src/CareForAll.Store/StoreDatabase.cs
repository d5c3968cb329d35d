using System.Data.Common;
using CareForAll.Core;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareForAll.Store;

/// <summary>
/// Opens and migrates the store. The connection string chooses the database: <c>Host=…</c> is PostgreSQL,
/// <c>Data Source=…</c> (or <c>Filename=…</c>) is a SQLite file.
/// </summary>
public static class StoreDatabase
{
    /// <summary>The SQLite file the command line uses when given no connection string.</summary>
    public const string DefaultSqlitePath = "demo/store.db";

    /// <summary>The connection string for <see cref="DefaultSqlitePath"/>.</summary>
    public const string DefaultConnectionString = "Data Source=" + DefaultSqlitePath;

    /// <summary>Which database the connection string names; throws <see cref="InputException"/> when it names neither.</summary>
    public static StoreProvider ProviderOf(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException ex)
        {
            throw new InputException($"connection string: cannot be read ({ex.Message})", ex);
        }

        if (builder.ContainsKey("Host") || builder.ContainsKey("Server"))
        {
            return StoreProvider.Postgres;
        }

        if (builder.ContainsKey("Data Source") || builder.ContainsKey("DataSource") || builder.ContainsKey("Filename"))
        {
            return StoreProvider.Sqlite;
        }

        throw new InputException("connection string: give Host=… for PostgreSQL or Data Source=FILE for SQLite");
    }

    /// <summary>Points <paramref name="options"/> at the database the connection string names.</summary>
    public static DbContextOptionsBuilder UseStore(this DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ProviderOf(connectionString) == StoreProvider.Postgres
            ? options.UseNpgsql(connectionString)
            : options.UseSqlite(connectionString);
    }

    /// <summary>A new context on the database the connection string names; the caller disposes it.</summary>
    public static StoreContext CreateContext(string connectionString)
    {
        if (ProviderOf(connectionString) == StoreProvider.Postgres)
        {
            var postgres = new DbContextOptionsBuilder<PostgresStoreContext>();
            postgres.UseStore(connectionString);
            return new PostgresStoreContext(postgres.Options);
        }

        var sqlite = new DbContextOptionsBuilder<SqliteStoreContext>();
        sqlite.UseStore(connectionString);
        return new SqliteStoreContext(sqlite.Options);
    }

    /// <summary>
    /// Brings the database up to the latest migration, creating it (and, for SQLite, its folder) when missing.
    /// Returns the names of the migrations it applied, empty when it was already up to date.
    /// </summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        if (ProviderOf(connectionString) == StoreProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder) && !file.StartsWith(':'))
            {
                Directory.CreateDirectory(folder);
            }
        }

        await using var context = CreateContext(connectionString);
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await context.Database.MigrateAsync(cancellationToken);
        return pending;
    }
}
