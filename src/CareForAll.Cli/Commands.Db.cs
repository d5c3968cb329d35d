using System.CommandLine;
using CareForAll.Store;
using CareForAll.Store.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CareForAll.Cli;

public static partial class Commands
{
    private static Command Db()
    {
        var command = new Command("db", "The operational store (users, care plans, audit log): SQLite by default, PostgreSQL with Host=….");
        command.Subcommands.Add(DbMigrate());
        return command;
    }

    private static Command DbMigrate()
    {
        var connection = new Option<string>("--connection")
        {
            Description = $"Connection string: Data Source=FILE for SQLite, Host=…;Database=…;Username=… for PostgreSQL (default {StoreDatabase.DefaultConnectionString}).",
            DefaultValueFactory = _ => StoreDatabase.DefaultConnectionString,
        };
        var seedDemo = new Option<bool>("--seed-demo") { Description = "Also create the roles and the demo users (README.md, \"Demo users\"); safe to repeat." };
        var command = new Command("migrate", "Create the store or bring it up to the latest migration.") { connection, seedDemo };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var connectionString = parsed.GetValue(connection)!;
            var output = parsed.InvocationConfiguration.Output;
            var provider = StoreDatabase.ProviderOf(connectionString);
            var applied = await StoreDatabase.MigrateAsync(connectionString, cancellationToken);
            await output.WriteLineAsync(applied.Count == 0
                ? $"{provider}: the store is up to date."
                : $"{provider}: applied {applied.Count} migration(s): {string.Join(", ", applied)}.");
            if (parsed.GetValue(seedDemo))
            {
                var services = new ServiceCollection();
                services.AddCareForAllStore(connectionString);
                await using var provided = services.BuildServiceProvider();
                await using var scope = provided.CreateAsyncScope();
                var created = await scope.ServiceProvider.GetRequiredService<StoreSeed>().SeedDemoAsync(cancellationToken);
                await output.WriteLineAsync($"Demo users: {created} created, {StoreSeed.DemoUsers.Count - created} already there.");
            }

            return Ok;
        });
        return command;
    }
}
