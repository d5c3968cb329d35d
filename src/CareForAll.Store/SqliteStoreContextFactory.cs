using Microsoft.EntityFrameworkCore.Design;

namespace CareForAll.Store;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteStoreContext</c> build the SQLite model.</summary>
internal sealed class SqliteStoreContextFactory : IDesignTimeDbContextFactory<SqliteStoreContext>
{
    public SqliteStoreContext CreateDbContext(string[] args) =>
        (SqliteStoreContext)StoreDatabase.CreateContext(StoreDatabase.DefaultConnectionString);
}
