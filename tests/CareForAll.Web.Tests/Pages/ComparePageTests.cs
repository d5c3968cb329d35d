using CareForAll.Web.Publishing;

namespace CareForAll.Web.Tests.Pages;

public sealed class ComparePageTests(SiteFixture site)
{
    private readonly HttpClient client = site.Factory.CreateClient();

    private PublishedData Data => site.Factory.Services.GetRequiredService<PublishedData>();

    [Fact]
    public async Task Get_ThreeHospitals_ShowsThemSideBySideOnTheSameIndicators()
    {
        var trusts = Data.Organisations.Where(o => o.Kind == OrganisationKinds.Trust).Take(3).ToList();

        var (_, page) = await Html.GetAsync(client, "/compare?" + string.Join('&', trusts.Select(t => $"codes={t.Code}")));

        var headers = page.QuerySelectorAll("#comparison thead th").Skip(1).Select(h => h.Text()).ToList();
        Assert.Equal(trusts.Select(t => t.Name), headers);
        var row = page.QuerySelectorAll("#comparison tbody tr").First(r => r.QuerySelector("th")!.Text().Contains("four hours", StringComparison.Ordinal));
        Assert.Equal(3, row.QuerySelectorAll("td").Length);
    }

    [Fact]
    public async Task Get_MoreThanFive_ShowsFiveAndSaysSo()
    {
        var codes = Data.Organisations.Where(o => o.Kind == OrganisationKinds.Practice).Take(7).Select(o => $"codes={o.Code}");

        var (_, page) = await Html.GetAsync(client, "/compare?" + string.Join('&', codes));

        Assert.Equal(CareForAll.Web.Pages.CompareModel.MaxOrganisations, page.QuerySelectorAll("#comparison thead th").Length - 1);
        Assert.Contains("up to 5 organisations", page.QuerySelector(".nhsuk-warning-callout")!.Text(), StringComparison.Ordinal);
    }
}
