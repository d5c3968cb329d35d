using System.CommandLine;
using System.Globalization;
using CareForAll.Care.Questionnaires;
using CareForAll.Data;
using CareForAll.Data.Synthetic;
using CareForAll.Measures.Definitions;
using CareForAll.Store;
using CareForAll.Store.Identity;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CareForAll.Cli;

public static partial class Commands
{
    /// <summary>The scale and seed of the demo's synthetic England (about 535,000 people).</summary>
    public const double DemoScale = 0.01;

    public const ulong DemoSeed = 1;

    /// <summary><c>demo</c>: the main job on embedded defaults — generate, summarise, measure, prepare the store.</summary>
    private static Command Demo()
    {
        var folder = new Option<string>("--dir")
        {
            Description = "Folder for the demo's lake, results and store.",
            DefaultValueFactory = _ => "demo",
        };
        var urls = new Option<string>("--urls")
        {
            Description = "Where the site listens at the end.",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var noServe = new Option<bool>("--no-serve") { Description = "Stop after preparing the demo instead of serving the site." };
        var command = new Command("demo", $"Generate a small England (scale {DemoScale.ToString(CultureInfo.InvariantCulture)}) if missing, summarise it, compute every measure, prepare the store and serve the public site.")
        {
            folder, urls, noServe,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dir = parse.GetValue(folder)!;
            var output = parse.InvocationConfiguration.Output;
            var lake = Path.Combine(dir, "lake");
            if (!File.Exists(Path.Combine(lake, "manifest.json")))
            {
                if (Directory.Exists(lake))
                {
                    Directory.Delete(lake, recursive: true);
                }

                await output.WriteLineAsync($"Generating a synthetic England at scale {DemoScale.ToString(CultureInfo.InvariantCulture)} into {lake} …");
                GenerateWithProgress(lake, new GenerationOptions(DemoScale, DemoSeed), parse.InvocationConfiguration.Error);
            }

            WriteLakeSummary(lake, output);

            var results = Path.Combine(dir, "results");
            await output.WriteLineAsync($"Computing the national indicator set into {results} …");
            var runs = ComputeMeasures(lake, results, MeasureFileReader.ReadBuiltIn(), [], null, output);
            await output.WriteLineAsync($"{runs.Sum(r => r.Results.Count):N0} results for {runs.Count} measures: {Path.Combine(results, "published", "results.csv")} (small numbers suppressed), {Path.Combine(results, "secured", "results.csv")}.");

            var store = $"Data Source={Path.Combine(dir, "store.db")}";
            await StoreDatabase.MigrateAsync(store, cancellationToken);
            var services = new ServiceCollection();
            services.AddCareForAllStore(store);
            await using (var provider = services.BuildServiceProvider())
            {
                await using var scope = provider.CreateAsyncScope();
                var seed = scope.ServiceProvider.GetRequiredService<StoreSeed>();
                await seed.SeedDemoAsync(cancellationToken);
                DemoPlacement? placement;
                using (var connection = Lake.Open(lake))
                {
                    placement = PromsDemoPatient.Find(connection);
                }

                if (placement is not null)
                {
                    await seed.PlaceDemoUsersAsync(placement, cancellationToken);
                    await output.WriteLineAsync(
                        $"Demo users on this lake: patient@ is patient {placement.PatientId} of practice {placement.PracticeCode} (a hip or knee replacement with questionnaires due); " +
                        $"clinician@ and analyst@ work at trust {placement.TrustCode}; commissioner@ at {placement.CommissionerCode}.");
                }
            }

            await output.WriteLineAsync($"Operational store ready with the demo users (README.md, \"Demo users\"): {Path.Combine(dir, "store.db")}.");
            if (!parse.GetValue(noServe))
            {
                var address = parse.GetValue(urls)!;
                await output.WriteLineAsync($"The public site is at {address}; demo users sign in at {address}/account/sign-in (Ctrl+C to stop).");
                await CareForAll.Web.WebSite.RunAsync(lake, results, address, cancellationToken, settings: new Dictionary<string, string> { ["ConnectionStrings:Store"] = store });
            }

            return Ok;
        });
        return command;
    }

    /// <summary>Prints the rows in each table and the people in each region of a lake.</summary>
    private static void WriteLakeSummary(string lake, TextWriter output)
    {
        using var connection = Lake.Open(lake);
        var console = ConsoleFor(output);
        var tables = new Table().Border(TableBorder.Simple).Title("Rows per table");
        tables.AddColumn("table").AddColumn(new TableColumn("rows").RightAligned());
        foreach (var table in Lake.Tables(lake))
        {
            tables.AddRow(table, Scalar(connection, $"SELECT count(*) FROM {table}").ToString("N0", CultureInfo.InvariantCulture));
        }

        var regions = new Table().Border(TableBorder.Simple).Title("People per region (registered with its GP practices)");
        regions.AddColumn("region").AddColumn(new TableColumn("people").RightAligned());
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r.name, count(*) AS people
            FROM patient p
            JOIN organisation practice ON practice.code = p.practice_code
            JOIN organisation commissioner ON commissioner.code = practice.parent_code
            JOIN organisation r ON r.code = commissioner.parent_code
            GROUP BY r.name ORDER BY r.name
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            regions.AddRow(Markup.Escape(reader.GetString(0)), reader.GetInt64(1).ToString("N0", CultureInfo.InvariantCulture));
        }

        console.Write(tables);
        console.Write(regions);
    }

    private static long Scalar(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
