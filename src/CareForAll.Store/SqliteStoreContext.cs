using Microsoft.EntityFrameworkCore;

namespace CareForAll.Store;

/// <summary>
/// The store on SQLite (the embedded default). Instants are kept as UTC ticks (INTEGER) so that SQLite can
/// compare and sort them, which it cannot do with EF Core's default text form of <see cref="DateTimeOffset"/>.
/// </summary>
public sealed class SqliteStoreContext(DbContextOptions<SqliteStoreContext> options) : StoreContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
