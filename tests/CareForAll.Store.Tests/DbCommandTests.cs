using CareForAll.Cli;
using Microsoft.EntityFrameworkCore;

namespace CareForAll.Store.Tests;

/// <summary><c>careforall db migrate</c> run in-process on a SQLite file in a temporary folder.</summary>
public sealed class DbCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("careforall-db-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task MigrateCreatesTheStoreThenFindsItUpToDateAndSeedsDemoUsersOnce()
    {
        var file = Path.Combine(folder, "nested", "store.db");
        var connection = $"Data Source={file};Pooling=False";

        var (created, createdOutput, _) = await Run("db", "migrate", "--connection", connection);
        var (again, againOutput, _) = await Run("db", "migrate", "--connection", connection, "--seed-demo");
        var (reseeded, reseededOutput, _) = await Run("db", "migrate", "--connection", connection, "--seed-demo");

        Assert.Equal((0, 0, 0), (created, again, reseeded));
        Assert.Matches(@"^Sqlite: applied 3 migration\(s\): \d{14}_Initial, \d{14}_AppendOnlyAuditLog, \d{14}_HealthChecksAndQuestionnaires\.$", createdOutput.Trim());
        Assert.Equal(["Sqlite: the store is up to date.", "Demo users: 7 created, 0 already there."], Lines(againOutput));
        Assert.Equal("Demo users: 0 created, 7 already there.", Lines(reseededOutput)[1]);
        await using var db = StoreDatabase.CreateContext(connection);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.Equal(7, await db.Users.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AConnectionStringNamingNoDatabaseIsBadInput()
    {
        var (code, _, error) = await Run("db", "migrate", "--connection", "Server-less nonsense");
        var (named, _, namedError) = await Run("db", "migrate", "--connection", "User Id=me");

        Assert.Equal((2, 2), (code, named));
        Assert.StartsWith("careforall: connection string:", error, StringComparison.Ordinal);
        Assert.Equal("careforall: connection string: give Host=… for PostgreSQL or Data Source=FILE for SQLite", namedError.Trim());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Commands.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
