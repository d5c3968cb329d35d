using System.Globalization;
using CareForAll.Web.Publishing;

namespace CareForAll.Web.Tests.Pages;

public sealed class SearchPageTests(SiteFixture site)
{
    private readonly HttpClient client = site.Factory.CreateClient();

    private PublishedData Data => site.Factory.Services.GetRequiredService<PublishedData>();

    [Fact]
    public async Task Get_Home_ShowsTheSearchForm()
    {
        var (response, page) = await Html.GetAsync(client, "/");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Find a GP practice or hospital", page.QuerySelector("h1")!.Text());
        Assert.NotNull(page.QuerySelector("form[method=get] input#q"));
        Assert.Contains("/assets/nhsuk-frontend.min.css", page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
    }

    [Fact]
    public async Task Search_ByAPracticesPostcode_ListsThatPracticeFirstAndTheRestByDistance()
    {
        var practice = Data.Organisations.First(o => o.Kind == OrganisationKinds.Practice && o.Postcode is not null);

        var (_, page) = await Html.GetAsync(client, $"/?q={Uri.EscapeDataString(practice.Postcode!.ToLowerInvariant())}&kind=gp_practice");

        var cards = page.QuerySelectorAll(".app-results > li").ToList();
        Assert.NotEmpty(cards);
        Assert.Contains(practice.Name, cards[0].QuerySelector("h3")!.Text(), StringComparison.Ordinal);
        var miles = cards.Select(c => double.Parse(System.Text.RegularExpressions.Regex.Match(c.Text(), @"([\d.]+) miles away").Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(0.0, miles[0]);
        Assert.Equal(miles.Order().ToList(), miles);
    }

    [Fact]
    public async Task Search_ByPartOfAName_FindsOnlyMatchingNames()
    {
        var trust = Data.Organisations.First(o => o.Kind == OrganisationKinds.Trust);
        var word = trust.Name.Split(' ')[0];

        var (_, page) = await Html.GetAsync(client, $"/?q={Uri.EscapeDataString(word)}");

        var names = page.QuerySelectorAll(".app-results h3").Select(h => h.Text()).ToList();
        Assert.Contains(trust.Name, names);
        Assert.All(names, n => Assert.Contains(word, n, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Search_SortedByAnIndicator_ListsTheBestValuesFirst()
    {
        var (_, page) = await Html.GetAsync(client, "/?kind=trust&sort=ae-four-hours");

        var values = page.QuerySelectorAll(".app-results > li").Select(c => System.Text.RegularExpressions.Regex.Match(c.Text(), @"four hours: ([\d.]+)%"))
            .Where(m => m.Success).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.True(values.Count >= 2);
        Assert.Equal(values.OrderDescending().ToList(), values);
    }

    [Fact]
    public async Task Search_WithNoMatch_SaysSo()
    {
        var (_, page) = await Html.GetAsync(client, "/?q=zzzznotaplace");

        Assert.Contains("0 results", page.QuerySelector("h2")!.Text(), StringComparison.Ordinal);
        Assert.Contains("No GP practice or hospital matches", page.Body!.Text(), StringComparison.Ordinal);
    }
}
