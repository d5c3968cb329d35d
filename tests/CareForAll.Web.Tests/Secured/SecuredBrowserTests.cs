using CareForAll.Store.Identity;
using CareForAll.Web.Account;
using CareForAll.Web.Publishing;
using CareForAll.Web.Tests.Browser;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Playwright;

namespace CareForAll.Web.Tests.Secured;

/// <summary>
/// A regulator signs in through the form in Debian's Chromium, sees their name and "Secured results" in the header,
/// opens a trust's secured results, and axe-core finds no WCAG 2.2 AA violation on the signed-in pages. The site is
/// served by Kestrel with its own SQLite store, seeded with the demo users.
/// </summary>
public sealed class SecuredBrowserTests(SiteFixture site) : IAsyncLifetime
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    private readonly string folder = Directory.CreateTempSubdirectory("careforall-secured-browser-").FullName;
    private WebApplication? server;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private string url = "";

    public async ValueTask InitializeAsync()
    {
        server = WebSite.Build([
            $"--{WebSite.LakeSetting}={site.Lake}", $"--{WebSite.ResultsSetting}={site.Results}", "--urls=http://127.0.0.1:0",
            $"--{WebSite.RateSetting}=100000", $"--{SignInSetup.StoreSetting}=Data Source={Path.Combine(folder, "store.db")};Pooling=False",
            $"--{SignInSetup.SeedDemoSetting}=true"]);
        await server.StartAsync();
        url = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserTests.Chromium, Args = ["--no-sandbox", "--disable-gpu", "--no-first-run"] });
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.StopAsync();
            await server.DisposeAsync();
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_regulator_signs_in_and_reads_a_trusts_secured_results_on_accessible_pages()
    {
        var trust = site.Factory.Services.GetRequiredService<PublishedData>().Organisations.First(o => o.Kind == OrganisationKinds.Trust);
        var email = StoreSeed.DemoUsers.Single(u => u.Role == StoreRole.Regulator).Email;
        var page = await (await browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 } })).NewPageAsync();

        await page.GotoAsync(url + "/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Account" }).GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(StoreSeed.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        var account = page.GetByRole(AriaRole.Navigation, new() { Name = "Account" });
        Assert.Contains($"{email} (regulator)", await account.InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "signed-in-home");

        await account.GetByRole(AriaRole.Link, new() { Name = "Secured results" }).ClickAsync();
        await AssertAccessibleAsync(page, "secured");
        await page.GetByLabel("Open another organisation").FillAsync(trust.Code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open" }).ClickAsync();

        Assert.Equal($"{trust.Name} ({trust.Code})", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator("#secured-results tbody tr").CountAsync() > 0);
        await AssertAccessibleAsync(page, "secured-organisation");
    }

    private static async Task AssertAccessibleAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = $"/tmp/careforall-screens/{name}.png", FullPage = true });
        var results = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
        Assert.True(results.Violations.Length == 0, string.Join("\n", results.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})")));
    }
}
