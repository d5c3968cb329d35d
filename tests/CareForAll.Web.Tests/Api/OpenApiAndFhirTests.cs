using System.Text.Json;
using CareForAll.Web.Fhir;
using CareForAll.Web.Publishing;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Validation;
using Task = System.Threading.Tasks.Task;

namespace CareForAll.Web.Tests.Api;

public sealed class OpenApiAndFhirTests(SiteFixture site)
{
    private static readonly JsonSerializerOptions StrictFhir = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector).UsingMode(DeserializationMode.Strict);

    private readonly HttpClient client = site.Factory.CreateClient();

    private PublishedData Data => site.Factory.Services.GetRequiredService<PublishedData>();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenApiDocument_ParsesAndListsEveryRoute()
    {
        var text = await client.GetStringAsync("/api/openapi.json", Token);
        var read = await Microsoft.OpenApi.OpenApiDocument.LoadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "json", cancellationToken: Token);

        Assert.Empty(read.Diagnostic!.Errors);
        var paths = read.Document!.Paths.Keys.ToHashSet();
        Assert.Superset(
            new HashSet<string> { "/api/organisations", "/api/organisations/{code}", "/api/measures", "/api/measures/{id}", "/api/results", "/api/results.csv", "/api/results.json", "/api/fhir/Measure", "/api/fhir/Measure/{id}", "/api/fhir/MeasureReport", "/api/fhir/MeasureReport/{id}" },
            paths.Select(p => p.TrimEnd('/')).ToHashSet());
        Assert.Contains(read.Document.Paths["/api/results"].Operations!.Values.Single().Parameters!, p => p.Name == "page_size");
    }

    [Fact]
    public async Task ReferencePage_ListsEveryOperationOfTheDocument()
    {
        var text = await client.GetStringAsync("/api/openapi.json", Token);
        using var json = JsonDocument.Parse(text);
        var (_, page) = await Html.GetAsync(client, "/open-data");

        var listed = page.QuerySelectorAll("h4 code").Select(c => c.Text()).ToHashSet();
        foreach (var path in json.RootElement.GetProperty("paths").EnumerateObject())
        {
            Assert.Contains($"GET {path.Name}", listed);
        }
    }

    [Fact]
    public async Task MeasureResources_ParseBackAndValidate()
    {
        var bundle = await GetFhirAsync<Bundle>("/api/fhir/Measure");

        Assert.Equal(Data.Measures.Count, bundle.Entry.Count);
        foreach (var measure in bundle.Entry.Select(e => (Measure)e.Resource!))
        {
            Assert.Empty(measure.Validate(ModelInfo.ModelInspector, validateRecursively: true));
            Assert.Equal(Data.Measure(measure.Id!)!.Title, measure.Title);
            Assert.EndsWith($"/api/fhir/Measure/{measure.Id}", measure.Url, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task MeasureReports_ParseBackValidateAndCarryThePublishedFigures()
    {
        var row = Data.Results.First(r => r.UnitType == "trust" && r.Numerator is not null && r.Value is not null);

        var report = await GetFhirAsync<MeasureReport>($"/api/fhir/MeasureReport/{FhirResources.ReportId(row)}");
        var bundle = await GetFhirAsync<Bundle>($"/api/fhir/MeasureReport?subject={row.UnitCode}&page_size=1000");

        Assert.Empty(report.Validate(ModelInfo.ModelInspector, validateRecursively: true));
        Assert.Equal($"Organization/{row.UnitCode}", report.Subject!.Reference);
        Assert.Equal(MeasureReport.MeasureReportType.Summary, report.Type);
        Assert.Equal((int)row.Numerator!.Value, report.Group[0].Population.Single(p => p.Code!.Coding[0].Code == "numerator").Count);
        Assert.Equal((decimal)Math.Round(row.Value!.Value, 6), report.Group[0].MeasureScore!.Value);
        Assert.Equal(ReportingYear.Start(row.Period).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), report.Period.Start);
        Assert.Equal(Data.ResultsFor(row.UnitCode).Count, bundle.Total);
        Assert.All(bundle.Entry, e => Assert.Empty(e.Resource!.Validate(ModelInfo.ModelInspector, validateRecursively: true)));
    }

    private async Task<T> GetFhirAsync<T>(string url)
        where T : Resource
    {
        var response = await client.GetAsync(url, Token);
        response.EnsureSuccessStatusCode();
        Assert.Equal(FhirResources.ContentType, response.Content.Headers.ContentType!.MediaType);
        return JsonSerializer.Deserialize<T>(await response.Content.ReadAsStringAsync(Token), StrictFhir)!;
    }
}
