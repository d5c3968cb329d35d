using Microsoft.EntityFrameworkCore.Design;

namespace CareForAll.Store;

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresStoreContext</c> build the PostgreSQL model (no server needed).</summary>
internal sealed class PostgresStoreContextFactory : IDesignTimeDbContextFactory<PostgresStoreContext>
{
    public PostgresStoreContext CreateDbContext(string[] args) =>
        (PostgresStoreContext)StoreDatabase.CreateContext("Host=localhost;Database=careforall;Username=careforall");
}
