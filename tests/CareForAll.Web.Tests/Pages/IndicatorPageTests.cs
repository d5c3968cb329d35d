using CareForAll.Web.Publishing;

namespace CareForAll.Web.Tests.Pages;

public sealed class IndicatorPageTests(SiteFixture site)
{
    private readonly HttpClient client = site.Factory.CreateClient();

    private PublishedData Data => site.Factory.Services.GetRequiredService<PublishedData>();

    [Fact]
    public async Task Get_Index_ListsEveryPublishedMeasure()
    {
        var (_, page) = await Html.GetAsync(client, "/indicators");

        var links = page.QuerySelectorAll("main a[href^='/indicators/']").Select(a => a.GetAttribute("href")!).ToHashSet();
        Assert.Equal(Data.Measures.Select(m => $"/indicators/{m.Id}").ToHashSet(), links);
    }

    [Fact]
    public async Task Get_ProportionMeasure_ShowsDefinitionFunnelPlotTableAndDownload()
    {
        var measure = Data.Measure("ae-four-hours")!;

        var (_, page) = await Html.GetAsync(client, "/indicators/ae-four-hours");

        Assert.Equal(measure.Title, page.QuerySelector("h1")!.Text());
        Assert.Equal(measure.SourceText.Trim(), page.QuerySelector("pre.app-definition")!.TextContent.Trim());
        Assert.Contains("Who is counted", page.QuerySelectorAll("h2").Select(h => h.Text()));
        var svg = page.QuerySelector("svg.app-chart")!;
        var rows = page.QuerySelectorAll("#values tbody tr").Length;
        Assert.Equal(Data.ResultsOf(measure.Id).Count(r => r.Period == Data.LatestPeriod && r.UnitType == "trust"), rows);
        Assert.Equal(Data.ResultsOf(measure.Id).Count(r => r.Period == Data.LatestPeriod && r.UnitType == "trust" && r.Value is not null && r.Denominator > 0), svg.QuerySelectorAll("circle").Length);
        Assert.Equal(4, svg.QuerySelectorAll("polyline").Length);
        Assert.NotNull(page.QuerySelector("a[href='/api/results.csv?measure=ae-four-hours'][download]"));
    }

    [Fact]
    public async Task Get_UnknownMeasure_Is404()
    {
        var (response, _) = await Html.GetAsync(client, "/indicators/no-such-measure");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_YourRights_ListsEveryTrustAgainstTheFourHourStandard()
    {
        var (_, page) = await Html.GetAsync(client, "/your-rights");

        var table = page.QuerySelectorAll("table").First(t => t.QuerySelector("caption")!.Text().Contains("four hours", StringComparison.Ordinal));
        var trusts = Data.ResultsOf("ae-four-hours").Count(r => r.Period == Data.LatestPeriod && r.UnitType == "trust");
        Assert.Equal(trusts, table.QuerySelectorAll("tbody tr").Length);
        Assert.All(table.QuerySelectorAll("tbody tr td:last-child"), td => Assert.Contains(td.Text(), new[] { "Yes", "No", "Not published" }));
        Assert.Contains("95%", page.Body!.Text(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#choice"));
        Assert.NotNull(page.QuerySelector("#rtt-18-weeks"));
    }
}
