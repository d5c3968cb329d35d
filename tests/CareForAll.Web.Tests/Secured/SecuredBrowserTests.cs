using CareForAll.Store.Identity;
using CareForAll.Web.Publishing;
using CareForAll.Web.Tests.Browser;
using Microsoft.Playwright;

namespace CareForAll.Web.Tests.Secured;

/// <summary>
/// A regulator signs in through the form in Debian's Chromium, sees their name and "Secured results" in the header,
/// opens a trust's secured results, and axe-core finds no WCAG 2.2 AA violation on the signed-in pages. The site is
/// served by Kestrel with its own SQLite store, seeded with the demo users.
/// </summary>
public sealed class SecuredBrowserTests(SiteFixture site) : IAsyncLifetime
{
    private KestrelSite? server;
    private Chromium? chromium;

    public async ValueTask InitializeAsync()
    {
        server = await KestrelSite.StartAsync(site.Lake, site.Results);
        chromium = await Chromium.LaunchAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (chromium is not null)
        {
            await chromium.DisposeAsync();
        }

        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_regulator_signs_in_and_reads_a_trusts_secured_results_on_accessible_pages()
    {
        var trust = site.Factory.Services.GetRequiredService<PublishedData>().Organisations.First(o => o.Kind == OrganisationKinds.Trust);
        var email = StoreSeed.DemoUsers.Single(u => u.Role == StoreRole.Regulator).Email;
        var page = await (await chromium!.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 } })).NewPageAsync();

        await page.GotoAsync(server!.Url + "/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Account" }).GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(StoreSeed.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        var account = page.GetByRole(AriaRole.Navigation, new() { Name = "Account" });
        Assert.Contains($"{email} (regulator)", await account.InnerTextAsync(), StringComparison.Ordinal);
        await Chromium.AssertAccessibleAsync(page, "signed-in-home");

        await account.GetByRole(AriaRole.Link, new() { Name = "Secured results" }).ClickAsync();
        await Chromium.AssertAccessibleAsync(page, "secured");
        await page.GetByLabel("Open another organisation").FillAsync(trust.Code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open" }).ClickAsync();

        Assert.Equal($"{trust.Name} ({trust.Code})", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator("#secured-results tbody tr").CountAsync() > 0);
        await Chromium.AssertAccessibleAsync(page, "secured-organisation");
    }

}
