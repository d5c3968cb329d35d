using CareForAll.Web.Publishing;

namespace CareForAll.Web.Tests.Pages;

public sealed class OrganisationPageTests(SiteFixture site)
{
    private static readonly string[] PlainWords = ["Better than expected", "As expected", "Worse than expected", "Not compared", "Not published"];

    private readonly HttpClient client = site.Factory.CreateClient();

    private PublishedData Data => site.Factory.Services.GetRequiredService<PublishedData>();

    [Fact]
    public async Task Get_Practice_ShowsEveryIndicatorInPlainWordsWithNumberIntervalAndEngland()
    {
        var practice = Data.Organisations.First(o => o.Kind == OrganisationKinds.Practice && Data.ResultsFor(o.Code).Any(r => r.Value is not null));

        var (response, page) = await Html.GetAsync(client, $"/organisations/{practice.Code}");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(practice.Name, page.QuerySelector("h1")!.Text());
        var cards = page.QuerySelectorAll("section[id^=indicator-]").ToList();
        Assert.Equal(Data.LatestFor(practice.Code).Count, cards.Count);
        Assert.All(cards, c => Assert.Contains(c.QuerySelector(".nhsuk-tag")!.Text(), PlainWords));
        Assert.All(cards, c => Assert.Contains("England", c.Text(), StringComparison.Ordinal));
        Assert.Contains(cards, c => c.Text().Contains("95% interval", StringComparison.Ordinal));
        Assert.Contains(practice.AcceptingPatients == true ? "Yes, this practice is accepting new patients" : "No, this practice is not accepting new patients", page.QuerySelector("#accepting")!.Text(), StringComparison.Ordinal);
        Assert.Contains(Data.LatestPeriod[..4], page.QuerySelector(".nhsuk-summary-list")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Practice_ShowsFriendsAndFamilyTest()
    {
        var practice = Data.Organisations.First(o => o.Kind == OrganisationKinds.Practice && Data.ResultsFor(o.Code).Any(r => r.MeasureId == "fft-recommend-practice" && r.Value is not null && r.Period == Data.LatestPeriod));

        var (_, page) = await Html.GetAsync(client, $"/organisations/{practice.Code}");

        Assert.Contains("would recommend this practice", page.QuerySelector("#patient-experience")!.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OrganisationKinds.Practice)]
    [InlineData(OrganisationKinds.Trust)]
    public async Task Get_PracticeOrTrust_LinksToItsFriendsAndFamilyTestForm(string kind)
    {
        var organisation = Data.Organisations.First(o => o.Kind == kind);

        var (_, page) = await Html.GetAsync(client, $"/organisations/{organisation.Code}");
        var link = page.QuerySelector("#give-feedback a")!;
        var (form, feedback) = await Html.GetAsync(client, link.GetAttribute("href")!);

        Assert.Equal($"Give feedback on {organisation.Name}", link.Text());
        Assert.Equal(System.Net.HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(organisation.Name, feedback.QuerySelector(".nhsuk-caption-l")!.Text());
    }

    [Fact]
    public async Task Get_Commissioner_HasNoFeedbackLink()
    {
        var commissioner = Data.Organisations.First(o => o.Kind == OrganisationKinds.Commissioner);

        var (_, page) = await Html.GetAsync(client, $"/organisations/{commissioner.Code}");

        Assert.Equal(commissioner.Name, page.QuerySelector("h1")!.Text());
        Assert.Null(page.QuerySelector("#give-feedback"));
    }

    [Fact]
    public async Task Get_Trust_ShowsATrendChartWithSpcLimitsAndItsTable()
    {
        var trust = Data.Organisations.First(o => o.Kind == OrganisationKinds.Trust);

        var (_, page) = await Html.GetAsync(client, $"/organisations/{trust.Code}");

        var card = page.QuerySelector("#indicator-ae-four-hours")!;
        Assert.NotNull(card.QuerySelector("svg[role=img] polyline.app-chart__line"));
        Assert.NotNull(card.QuerySelector("svg polyline.app-chart__limit"));
        var rows = card.QuerySelectorAll("details table tbody tr").ToList();
        Assert.Equal(Data.ResultsFor(trust.Code).Count(r => r.MeasureId == "ae-four-hours"), rows.Count);
    }

    [Fact]
    public async Task Get_UnknownCode_IsAFriendly404()
    {
        var (response, page) = await Html.GetAsync(client, "/organisations/NOSUCH");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.Text());
    }
}
