using System.CommandLine;
using CareForAll.Web;

namespace CareForAll.Cli;

public static partial class Commands
{
    /// <summary><c>serve</c>: the public site and API over a lake's organisations and the published results.</summary>
    private static Command Serve()
    {
        var resultsOption = new Option<string>("--results") { Description = "The results folder written by 'careforall measure --out'.", Required = true };
        var urlsOption = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => WebSite.DefaultUrls };
        var rateOption = new Option<int>("--api-rate")
        {
            Description = "API requests a minute allowed from one client address; more get 429 Too Many Requests.",
            DefaultValueFactory = _ => Web.Hosting.ApiRateLimits.DefaultRequestsPerMinute,
        };
        var command = new Command("serve", "Serve the public site and open data API (published, small-number-suppressed results only).")
        {
            LakeOption, resultsOption, urlsOption, rateOption,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lake = parse.GetValue(LakeOption)!;
            var results = parse.GetValue(resultsOption)!;
            var urls = parse.GetValue(urlsOption)!;
            if (!Directory.Exists(lake))
            {
                throw new ArgumentException($"--lake: folder {lake} not found");
            }

            if (!Directory.Exists(Path.Combine(results, "published")))
            {
                throw new ArgumentException($"--results: {results} has no published/ folder (run 'careforall measure --out {results}' first)");
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"Serving CareForAll at {urls} (press Ctrl+C to stop)");
            await WebSite.RunAsync(lake, results, urls, cancellationToken, parse.GetValue(rateOption), new Dictionary<string, string> { ["CareForAll:MigrateStore"] = "true" });
            return Ok;
        });
        return command;
    }
}
