using CareForAll.Web.Publishing;
using CareForAll.Web.Tests.Browser;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareForAll.Web.Tests.Prevention;

/// <summary>
/// "Reduce your risk" and the Friends and Family Test in Debian's Chromium against the Kestrel-served site: a person
/// fills each form in, and axe-core finds no WCAG 2.2 AA violation on any of their states.
/// </summary>
public sealed class PreventionBrowserTests(SiteFixture site) : IAsyncLifetime
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private IPlaywright? playwright;
    private IBrowser? browser;

    private string PracticeCode => site.Factory.Services.GetRequiredService<PublishedData>().Organisations.First(o => o.Kind == OrganisationKinds.Practice).Code;

    public async ValueTask InitializeAsync()
    {
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
    }

    [Theory]
    [InlineData("/reduce-your-risk")]
    [InlineData("/reduce-your-risk?age=65&sex=male&smoking=Heavy&ratio=4&sbp=150&bmi=30")]
    [InlineData("/reduce-your-risk?age=90")]
    [InlineData("/feedback/practice")]
    public async Task Page_HasNoWcag22AaViolations(string path)
    {
        var page = await browser!.NewPageAsync();
        await page.GotoAsync(site.ServerUrl + path.Replace("practice", PracticeCode, StringComparison.Ordinal));

        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task WorkOutMyRisk_ThenGiveFeedback_WithoutJavaScript()
    {
        var context = await browser!.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync(site.ServerUrl + "/reduce-your-risk");
        await page.GetByLabel("Age in years").FillAsync("60");
        await page.GetByLabel("Female").CheckAsync();
        await page.GetByLabel("I smoke 10 to 19 cigarettes a day").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Work out my risk" }).ClickAsync();
        Assert.Contains("people like you will have a heart attack or stroke", await page.Locator("#risk-words").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("age=60", page.Url, StringComparison.Ordinal);

        await page.GotoAsync(site.ServerUrl + "/feedback/" + PracticeCode);
        await page.GetByLabel("Extremely likely").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        Assert.Equal("Thank you for your feedback", await page.Locator("h1").InnerTextAsync());
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var results = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
        Assert.True(results.Violations.Length == 0, string.Join("\n", results.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})")));
    }
}
