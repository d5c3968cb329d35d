using CareForAll.Web.Account;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CareForAll.Web.Tests.Browser;

/// <summary>The site on Kestrel on a free loopback port, over a lake and results, with its own SQLite store seeded with the demo users.</summary>
internal sealed class KestrelSite : IAsyncDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("careforall-kestrel-site-").FullName;
    private readonly WebApplication server;

    private KestrelSite(string lake, string results) =>
        server = WebSite.Build([
            $"--{WebSite.LakeSetting}={lake}", $"--{WebSite.ResultsSetting}={results}", "--urls=http://127.0.0.1:0",
            $"--{WebSite.RateSetting}=100000", $"--{SignInSetup.StoreSetting}=Data Source={Path.Combine(folder, "store.db")};Pooling=False",
            $"--{SignInSetup.SeedDemoSetting}=true"]);

    public string Url => server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public IServiceProvider Services => server.Services;

    public static async Task<KestrelSite> StartAsync(string lake, string results)
    {
        var site = new KestrelSite(lake, results);
        await site.server.StartAsync();
        return site;
    }

    public async ValueTask DisposeAsync()
    {
        await server.StopAsync();
        await server.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
