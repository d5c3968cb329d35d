using System.Text.Json;
using CareForAll.Web.Publishing;

namespace CareForAll.Web.Tests.Api;

/// <summary>
/// No page, file or API response shows a count of 1–7 (docs/measures.md, disclosure control). The secured results
/// hold the withheld figures; every place the site shows a suppressed row is scanned for them.
/// </summary>
public sealed class SmallNumberTests(SiteFixture site)
{
    private readonly HttpClient client = site.Factory.CreateClient();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void TheTestDataHasSuppressedRows()
    {
        Assert.Contains(site.Secured, r => r.Suppressed);
    }

    [Fact]
    public async Task ResultsJson_HasNoCountOf1To7AndNoFiguresForSuppressedRows()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/results.json", Token));

        foreach (var row in json.RootElement.EnumerateArray())
        {
            foreach (var count in new[] { "numerator", "denominator" })
            {
                Assert.False(SmallNumbers.IsDisclosive(Number(row, count)), $"{count} of {row}");
            }

            if (row.GetProperty("suppressed").GetBoolean())
            {
                Assert.Null(Number(row, "numerator"));
                Assert.Null(Number(row, "value"));
                Assert.Null(Number(row, "lower95"));
            }
        }
    }

    [Fact]
    public async Task Csv_HasNoCountOf1To7()
    {
        var lines = (await client.GetStringAsync("/api/results.csv", Token)).TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',').ToList();

        foreach (var cells in lines.Skip(1).Select(l => l.Split(',')))
        {
            foreach (var column in new[] { "numerator", "denominator" })
            {
                var cell = cells[header.IndexOf(column)];
                Assert.False(cell.Length > 0 && SmallNumbers.IsDisclosive(double.Parse(cell, System.Globalization.CultureInfo.InvariantCulture)), $"{column} in {string.Join(',', cells)}");
            }
        }
    }

    [Fact]
    public async Task EverySuppressedRow_IsWithheldOnItsOrganisationPageApiAndFhirReport()
    {
        var suppressed = site.Secured.Where(r => r.Suppressed && r.Value is not null).ToList();
        foreach (var unit in suppressed.GroupBy(r => r.UnitCode).Take(25))
        {
            var (_, page) = await Html.GetAsync(client, $"/organisations/{unit.Key}");
            using var api = JsonDocument.Parse(await client.GetStringAsync($"/api/results?organisation={unit.Key}&page_size=1000", Token));
            var bundle = await client.GetStringAsync($"/api/fhir/MeasureReport?subject={unit.Key}&page_size=1000", Token);
            foreach (var secured in unit)
            {
                var row = api.RootElement.GetProperty("items").EnumerateArray()
                    .Single(i => i.GetProperty("measure_id").GetString() == secured.MeasureId && i.GetProperty("period").GetString() == secured.Period);
                Assert.True(row.GetProperty("suppressed").GetBoolean());
                Assert.Null(Number(row, "value"));
                Assert.Null(Number(row, "numerator"));

                var card = page.QuerySelector($"#indicator-{secured.MeasureId} [data-result]");
                if (card is not null && page.QuerySelector($"#indicator-{secured.MeasureId} dt")!.Text().Contains(secured.Period, StringComparison.Ordinal))
                {
                    Assert.StartsWith("Not published", card.Text(), StringComparison.Ordinal);
                }

                var id = $"\"id\":\"{secured.UnitCode}.{secured.MeasureId}.{secured.Period}\"";
                var report = bundle[bundle.IndexOf(id, StringComparison.Ordinal)..];
                report = report[..Math.Min(report.Length, report.IndexOf("\"search\"", StringComparison.Ordinal))];
                Assert.DoesNotContain("measureScore", report, StringComparison.Ordinal);
                Assert.DoesNotContain("\"numerator\"},\"count\"", report, StringComparison.Ordinal);
            }
        }
    }

    private static double? Number(JsonElement row, string name) =>
        row.GetProperty(name).ValueKind == JsonValueKind.Null ? null : row.GetProperty(name).GetDouble();
}
