using System.Net;
using System.Text.Json;
using CareForAll.Measures.Running;
using CareForAll.Web.Api;
using CareForAll.Web.Publishing;

namespace CareForAll.Web.Tests.Api;

public sealed class ResultsApiTests(SiteFixture site)
{
    private readonly HttpClient client = site.Factory.CreateClient();

    private PublishedData Data => site.Factory.Services.GetRequiredService<PublishedData>();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Results_AreFilteredByOrganisationMeasureAndPeriod()
    {
        var row = Data.Results.First(r => r.UnitType == "trust");

        using var json = await GetJsonAsync($"/api/results?organisation={row.UnitCode}&measure={row.MeasureId}&period={row.Period}");

        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        var only = Assert.Single(items);
        Assert.Equal(row.UnitCode, only.GetProperty("unit_code").GetString());
        Assert.Equal(row.MeasureId, only.GetProperty("measure_id").GetString());
        Assert.Equal(row.Period, only.GetProperty("period").GetString());
    }

    [Fact]
    public async Task Results_ArePagedUpToTheDocumentedMaximum()
    {
        using var first = await GetJsonAsync("/api/results?page=1&page_size=10");
        using var second = await GetJsonAsync("/api/results?page=2&page_size=10");
        using var largest = await GetJsonAsync($"/api/results?page_size={Paging.MaxPageSize}");

        Assert.Equal(Data.Results.Count, first.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(10, first.RootElement.GetProperty("items").GetArrayLength());
        Assert.NotEqual(first.RootElement.GetProperty("items")[0].ToString(), second.RootElement.GetProperty("items")[0].ToString());
        Assert.Equal(Math.Min(Paging.MaxPageSize, Data.Results.Count), largest.RootElement.GetProperty("items").GetArrayLength());
        var tooBig = await client.GetAsync($"/api/results?page_size={Paging.MaxPageSize + 1}", Token);
        var zero = await client.GetAsync("/api/results?page=0", Token);
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.Contains("page_size", await tooBig.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_HasThePublishedColumnsAndEveryMatchingRow()
    {
        var response = await client.GetAsync("/api/results.csv?measure=ae-four-hours", Token);
        var lines = (await response.Content.ReadAsStringAsync(Token)).TrimEnd('\n').Split('\n');

        Assert.StartsWith("text/csv", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Join(',', ResultFiles.Columns), lines[0]);
        Assert.Equal(Data.ResultsOf("ae-four-hours").Count, lines.Length - 1);
    }

    [Fact]
    public async Task Json_DownloadHasEveryRow()
    {
        using var json = await GetJsonAsync("/api/results.json");

        Assert.Equal(Data.Results.Count, json.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Get_WithTheETag_Is304NotModified()
    {
        var first = await client.GetAsync("/api/results?measure=rtt-18-weeks", Token);
        var etag = first.Headers.ETag!;
        Assert.Contains("max-age", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/results?measure=rtt-18-weeks");
        again.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(again, Token);
        var other = await client.GetAsync("/api/results?measure=ae-four-hours", Token);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(Token));
        Assert.NotEqual(etag, other.Headers.ETag);
    }

    [Fact]
    public async Task TooManyRequests_Get429WithRetryAfter()
    {
        await using var limited = site.CreateFactory(new Dictionary<string, string> { [WebSite.RateSetting] = "3" });
        var limitedClient = limited.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await limitedClient.GetAsync($"/api/measures?i={i}", Token);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last!.Headers.RetryAfter!.Delta!.Value.TotalSeconds >= 1);
    }

    [Fact]
    public async Task Organisations_FoundByPostcodeComeNearestFirst()
    {
        var practice = Data.Organisations.First(o => o.Kind == OrganisationKinds.Practice && o.Postcode is not null);

        using var json = await GetJsonAsync($"/api/organisations?q={Uri.EscapeDataString(practice.Postcode!)}&kind=gp_practice");

        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(practice.Code, items[0].GetProperty("organisation").GetProperty("code").GetString());
        var distances = items.Select(i => i.GetProperty("distance_miles").GetDouble()).ToList();
        Assert.Equal(distances.Order().ToList(), distances);
    }

    [Fact]
    public async Task UnknownOrganisation_IsAProblem404()
    {
        var response = await client.GetAsync("/api/organisations/NOSUCH", Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        var response = await client.GetAsync(url, Token);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
    }
}
