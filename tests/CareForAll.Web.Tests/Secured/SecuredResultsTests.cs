using System.Globalization;
using System.Net;
using System.Text.Json;
using CareForAll.Measures.Running;
using CareForAll.Store;
using CareForAll.Store.Access;
using CareForAll.Store.Identity;
using CareForAll.Web.Publishing;
using CareForAll.Web.Secured;
using CareForAll.Web.Tests.Access;
using Microsoft.EntityFrameworkCore;

namespace CareForAll.Web.Tests.Secured;

/// <summary>
/// An analyst of a trust sees the small counts of their trust that the public site withholds (docs/measures.md,
/// disclosure control: counts of 1–7), on the secured page and through the secured API, and cannot see another
/// trust's; each read is in the audit log with who, role, organisation, what and why.
/// </summary>
public sealed class SecuredResultsTests(SiteFixture site)
{
    private const string AnalystEmail = "analyst-secured@test.careforall";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_analyst_sees_their_trusts_small_counts_that_the_public_page_withholds_but_not_another_trusts()
    {
        await using var app = new SignedInSite(site);
        var data = app.Factory.Services.GetRequiredService<PublishedData>();
        var small = SmallCountOnPublicPage(data);
        var other = data.Organisations.First(o => o.Kind == "trust" && o.Code != small.UnitCode).Code;
        await app.AddUserAsync(AnalystEmail, StoreRole.ProviderAnalyst, small.UnitCode);
        var analyst = await app.SignedInClientAsync(AnalystEmail);
        var numerator = small.Numerator!.Value.ToString("N0", CultureInfo.InvariantCulture);

        var (_, publicPage) = await Html.GetAsync(analyst, $"/organisations/{small.UnitCode}");
        Assert.StartsWith("Not published", publicPage.QuerySelector($"#indicator-{small.MeasureId} [data-result]")!.Text(), StringComparison.Ordinal);

        var (response, securedPage) = await Html.GetAsync(analyst, $"/secured/organisations/{small.UnitCode}?period={small.Period}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = securedPage.QuerySelector($"#secured-results tr[data-measure='{small.MeasureId}']")!;
        Assert.Equal(numerator, row.QuerySelector("[data-numerator]")!.Text());
        Assert.Equal("Withheld: small numbers", row.QuerySelector("[data-public]")!.Text());
        Assert.True(response.Headers.CacheControl is { NoStore: true, Public: false }, $"Cache-Control: {response.Headers.CacheControl}");

        using var apiResponse = await analyst.GetAsync($"/api/secured/results?organisation={small.UnitCode}&measure={small.MeasureId}&period={small.Period}", Token);
        Assert.True(apiResponse.Headers.CacheControl is { NoStore: true, Public: false } && apiResponse.Headers.ETag is null, $"Cache-Control: {apiResponse.Headers.CacheControl}");
        using var api = JsonDocument.Parse(await apiResponse.Content.ReadAsStringAsync(Token));
        var item = Assert.Single(api.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(small.Numerator, item.GetProperty("numerator").GetDouble());
        Assert.True(item.GetProperty("withheld_from_public").GetBoolean());

        var (deniedResponse, deniedPage) = await Html.GetAsync(analyst, $"/secured/organisations/{other}");
        Assert.Equal(HttpStatusCode.Forbidden, deniedResponse.StatusCode);
        Assert.Null(deniedPage.QuerySelector("#secured-results"));
        using var deniedApi = await analyst.GetAsync($"/api/secured/results?organisation={other}", Token);
        Assert.Equal(HttpStatusCode.Forbidden, deniedApi.StatusCode);
        using var problem = JsonDocument.Parse(await deniedApi.Content.ReadAsStringAsync(Token));
        Assert.Equal($"analysts see only their own organisation's secured results, not {other}'s", problem.RootElement.GetProperty("detail").GetString());

        var audit = await AuditOfAsync(app, AnalystEmail);
        Assert.Equal(
            [(small.UnitCode, true), (small.UnitCode, true), (other, false), (other, false)],
            audit.Select(e => (e.ResourceOrganisationCode, e.Allowed)));
        Assert.All(audit, e => Assert.Equal(
            (StoreRole.ProviderAnalyst, small.UnitCode, ResourceKind.SecuredResult, AccessAction.Read, SecuredResultsReader.Purpose),
            (e.Role, e.OrganisationCode, e.ResourceKind, e.Action, e.Purpose)));
        Assert.Equal($"secured-results/{small.UnitCode}", audit[0].ResourceId);
    }

    [Fact]
    public async Task The_api_asks_an_anonymous_caller_to_sign_in_and_a_caller_without_an_organisation_code_for_one()
    {
        await using var app = new SignedInSite(site);
        var anonymous = app.Client();
        var regulator = await app.SignedInClientAsync(StoreSeed.DemoUsers.Single(u => u.Role == StoreRole.Regulator).Email);

        using var unauthorised = await anonymous.GetAsync("/api/secured/results?organisation=RXH", Token);
        using var missing = await regulator.GetAsync("/api/secured/results", Token);

        Assert.Equal(HttpStatusCode.Unauthorized, unauthorised.StatusCode);
        Assert.Equal("application/problem+json", unauthorised.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("organisation", await missing.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_regulator_reads_any_trust_and_pages_through_its_rows()
    {
        await using var app = new SignedInSite(site);
        var data = app.Factory.Services.GetRequiredService<PublishedData>();
        var trust = data.Organisations.First(o => o.Kind == "trust").Code;
        var expected = site.Secured.Count(r => r.UnitCode == trust && data.Measure(r.MeasureId) is not null);
        var regulator = await app.SignedInClientAsync(StoreSeed.DemoUsers.Single(u => u.Role == StoreRole.Regulator).Email);

        using var first = JsonDocument.Parse(await regulator.GetStringAsync($"/api/secured/results?organisation={trust}&page_size=5", Token));
        using var last = JsonDocument.Parse(await regulator.GetStringAsync($"/api/secured/results?organisation={trust}&page_size=5&page={(expected + 4) / 5}", Token));

        Assert.Equal(expected, first.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(5, first.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(expected - (5 * ((expected - 1) / 5)), last.RootElement.GetProperty("items").GetArrayLength());
    }

    /// <summary>A trust's secured row with a numerator of 1–7 in the latest year of its measure, which the public organisation page shows.</summary>
    private MeasureResult SmallCountOnPublicPage(PublishedData data)
    {
        var trusts = data.Organisations.Where(o => o.Kind == "trust").Select(o => o.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return site.Secured
            .Where(r => trusts.Contains(r.UnitCode) && data.Measure(r.MeasureId) is not null && SmallNumbers.IsDisclosive(r.Numerator))
            .First(r => data.ResultsFor(r.UnitCode).Where(p => p.MeasureId == r.MeasureId).Max(p => p.Period) == r.Period
                && data.ResultsFor(r.UnitCode).Single(p => p.MeasureId == r.MeasureId && p.Period == r.Period).Suppressed);
    }

    private static async Task<List<CareForAll.Store.Audit.AuditEntry>> AuditOfAsync(SignedInSite app, string userName)
    {
        using var scope = app.Factory.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<StoreContext>();
        return await store.AuditLog.AsNoTracking().Where(e => e.UserName == userName).OrderBy(e => e.Id).ToListAsync(Token);
    }
}
