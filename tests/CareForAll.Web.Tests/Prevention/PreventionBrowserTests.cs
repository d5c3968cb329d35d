using CareForAll.Web.Publishing;
using CareForAll.Web.Tests.Browser;
using Microsoft.Playwright;

namespace CareForAll.Web.Tests.Prevention;

/// <summary>
/// "Reduce your risk" and the Friends and Family Test in Debian's Chromium against the Kestrel-served site: a person
/// fills each form in, and axe-core finds no WCAG 2.2 AA violation on any of their states.
/// </summary>
public sealed class PreventionBrowserTests(SiteFixture site) : IAsyncLifetime
{

    private Chromium? chromium;

    private string PracticeCode => site.Factory.Services.GetRequiredService<PublishedData>().Organisations.First(o => o.Kind == OrganisationKinds.Practice).Code;

    public async ValueTask InitializeAsync() => chromium = await Chromium.LaunchAsync();

    public async ValueTask DisposeAsync()
    {
        if (chromium is not null)
        {
            await chromium.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("/reduce-your-risk")]
    [InlineData("/reduce-your-risk?age=65&sex=male&smoking=Heavy&ratio=4&sbp=150&bmi=30")]
    [InlineData("/reduce-your-risk?age=90")]
    [InlineData("/feedback/practice")]
    public async Task Page_HasNoWcag22AaViolations(string path)
    {
        var page = await chromium!.Browser.NewPageAsync();
        await page.GotoAsync(site.ServerUrl + path.Replace("practice", PracticeCode, StringComparison.Ordinal));

        await Chromium.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task WorkOutMyRisk_ThenGiveFeedback_WithoutJavaScript()
    {
        var context = await chromium!.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
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

}
