using System.Text.Json;
using CareForAll.Data.Synthetic;
using CareForAll.Measures.Definitions;
using CareForAll.Measures.Running;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;

[assembly: AssemblyFixture(typeof(CareForAll.Web.Tests.SiteFixture))]

namespace CareForAll.Web.Tests;

/// <summary>
/// A small synthetic England (scale 0.003, seed 11) and its measured results, made once per test run in a temporary
/// folder; the site over them in-process (<see cref="Factory"/>) and on a real Kestrel server (<see cref="ServerUrl"/>).
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "careforall-web-tests-" + Environment.ProcessId);
    private WebApplication? server;

    public string Lake => Path.Combine(root, "lake");

    public string Results => Path.Combine(root, "results");

    /// <summary>The secured results (every figure): what the site must never show where the published copy withholds it.</summary>
    public IReadOnlyList<MeasureResult> Secured { get; private set; } = [];

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    /// <summary>The base address of the site served by Kestrel on a free loopback port.</summary>
    public string ServerUrl { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        SyntheticEngland.Generate(Lake, new GenerationOptions(0.003, 11));
        var years = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Lake, "manifest.json"))).RootElement
            .GetProperty("years").EnumerateArray().Select(y => int.Parse(y.GetString()![..4], System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        using (var connection = CareForAll.Data.Lake.Open(Lake))
        {
            var runner = new MeasureRunner(connection, years);
            var runs = MeasureFileReader.ReadBuiltIn().Where(m => m.Status == "approved").Select(m => runner.Run(m)).ToList();
            ResultFiles.Write(Results, runs);
        }

        Secured = ResultFiles.Read(Path.Combine(Results, "secured", "results.parquet"));
        Factory = CreateFactory();
        server = WebSite.Build([$"--{WebSite.LakeSetting}={Lake}", $"--{WebSite.ResultsSetting}={Results}", "--urls=http://127.0.0.1:0", $"--{WebSite.RateSetting}=100000"]);
        await server.StartAsync();
        ServerUrl = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    /// <summary>An in-process site over the fixture's data, with extra settings (e.g. a low rate limit).</summary>
    public WebApplicationFactory<Program> CreateFactory(IReadOnlyDictionary<string, string>? settings = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting(WebSite.LakeSetting, Lake);
            builder.UseSetting(WebSite.ResultsSetting, Results);
            builder.UseSetting(WebSite.RateSetting, "100000");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                builder.UseSetting(key, value);
            }
        });

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (server is not null)
        {
            await server.StopAsync();
            await server.DisposeAsync();
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
