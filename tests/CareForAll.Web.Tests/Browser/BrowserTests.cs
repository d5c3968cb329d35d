using Microsoft.Playwright;

namespace CareForAll.Web.Tests.Browser;

/// <summary>
/// A person's journeys in Debian's Chromium driven by Playwright, against the site served by Kestrel on loopback,
/// and axe-core on every page type: zero WCAG 2.2 AA violations. Screenshots go to /tmp/careforall-screens.
/// </summary>
public sealed class BrowserTests(SiteFixture site) : IAsyncLifetime
{
    private const string Screens = Chromium.Screens;
    private Chromium? chromium;

    private CareForAll.Web.Publishing.PublishedData Data => site.Factory.Services.GetRequiredService<CareForAll.Web.Publishing.PublishedData>();

    public async ValueTask InitializeAsync() => chromium = await Chromium.LaunchAsync();

    public async ValueTask DisposeAsync()
    {
        if (chromium is not null)
        {
            await chromium.DisposeAsync();
        }
    }

    [Fact]
    public async Task SearchByPostcode_ThenOpenAPractice()
    {
        var practice = Data.Organisations.First(o => o.Kind == "gp_practice" && o.Postcode is not null);
        var page = await NewPageAsync();

        await page.GotoAsync(site.ServerUrl + "/");
        await page.GetByLabel("Name or postcode").FillAsync(practice.Postcode!);
        await page.GetByLabel("Type of service").SelectOptionAsync("gp_practice");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.ScreenshotAsync(new() { Path = $"{Screens}/search-results.png", FullPage = true });
        await page.GetByRole(AriaRole.Link, new() { Name = practice.Name, Exact = true }).First.ClickAsync();

        Assert.Equal(practice.Name, await page.Locator("h1").InnerTextAsync());
        Assert.Contains("accepting new patients", await page.Locator("#accepting").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = $"{Screens}/practice.png", FullPage = true });
    }

    [Fact]
    public async Task CompareThreeHospitals()
    {
        var trusts = Data.Organisations.Where(o => o.Kind == "trust").OrderBy(o => o.Name, StringComparer.Ordinal).Take(3).ToList();
        var page = await NewPageAsync();

        await page.GotoAsync(site.ServerUrl + "/?kind=trust&sort=name");
        foreach (var trust in trusts)
        {
            await page.Locator($"#compare-{trust.Code}").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();

        var headers = await page.Locator("#comparison thead th").AllInnerTextsAsync();
        Assert.Equal(trusts.Select(t => t.Name), headers.Skip(1));
        await page.ScreenshotAsync(new() { Path = $"{Screens}/compare.png", FullPage = true });
    }

    [Fact]
    public async Task DownloadAnIndicatorsValuesAsCsv()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(site.ServerUrl + "/indicators/ae-four-hours");
        await page.ScreenshotAsync(new() { Path = $"{Screens}/indicator.png", FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download all values (CSV)" }).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"careforall-{Environment.ProcessId}.csv");
        await download.SaveAsAsync(path);
        var lines = await File.ReadAllLinesAsync(path, TestContext.Current.CancellationToken);
        File.Delete(path);

        Assert.StartsWith("measure_id,measure_version,", lines[0], StringComparison.Ordinal);
        Assert.Equal(Data.ResultsOf("ae-four-hours").Count, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("ae-four-hours,", l, StringComparison.Ordinal));
    }

    public static TheoryData<string, string> PageTypes => new()
    {
        { "home", "/" },
        { "results", "/?q=a" },
        { "practice", "practice" },
        { "trust", "trust" },
        { "compare", "compare" },
        { "indicators", "/indicators" },
        { "indicator", "/indicators/hospital-mortality-ratio" },
        { "rights", "/your-rights" },
        { "open-data", "/open-data" },
        { "not-found", "/no-such-page" },
    };

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task EveryPageType_HasNoWcag22AaViolations(string name, string path)
    {
        path = path switch
        {
            "practice" => "/organisations/" + Data.Organisations.First(o => o.Kind == "gp_practice").Code,
            "trust" => "/organisations/" + Data.Organisations.First(o => o.Kind == "trust").Code,
            "compare" => "/compare?" + string.Join('&', Data.Organisations.Where(o => o.Kind == "trust").Take(3).Select(o => $"codes={o.Code}")),
            _ => path,
        };
        var page = await NewPageAsync();
        await page.GotoAsync(site.ServerUrl + path);

        await Chromium.AssertAccessibleAsync(page, name);
    }

    private async Task<IPage> NewPageAsync()
    {
        var context = await chromium!.Browser.NewContextAsync(new() { AcceptDownloads = true, ViewportSize = new() { Width = 1100, Height = 900 } });
        return await context.NewPageAsync();
    }
}
