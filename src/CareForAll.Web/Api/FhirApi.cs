using System.ComponentModel;
using CareForAll.Web.Fhir;
using CareForAll.Web.Publishing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CareForAll.Web.Api;

/// <summary><c>/api/fhir</c>: FHIR R4 <c>Measure</c> and <c>MeasureReport</c> resources (JSON, Firely SDK).</summary>
public static class FhirApi
{
    public static IEndpointRouteBuilder MapFhirApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/fhir").WithTags("FHIR R4").RequireRateLimiting(Hosting.ApiRateLimits.Policy);
        api.MapGet("/Measure", Measures).WithName("FhirMeasures")
            .WithSummary("Measure resources").WithDescription("A searchset Bundle of every published measure's definition.")
            .Produces(StatusCodes.Status200OK, contentType: FhirResources.ContentType);
        api.MapGet("/Measure/{id}", Measure).WithName("FhirMeasure")
            .WithSummary("One Measure resource").WithDescription("The definition of one measure.")
            .Produces(StatusCodes.Status200OK, contentType: FhirResources.ContentType);
        api.MapGet("/MeasureReport", Reports).WithName("FhirMeasureReports")
            .WithSummary("MeasureReport resources")
            .WithDescription($"A searchset Bundle of summary reports, one per organisation × measure × period, filtered by subject, measure and period; paged (page_size at most {Paging.MaxPageSize}).")
            .Produces(StatusCodes.Status200OK, contentType: FhirResources.ContentType);
        api.MapGet("/MeasureReport/{id}", Report).WithName("FhirMeasureReport")
            .WithSummary("One MeasureReport").WithDescription("The report with id ORGANISATION.MEASURE.PERIOD, e.g. RXX01.ae-four-hours.2010-11.")
            .Produces(StatusCodes.Status200OK, contentType: FhirResources.ContentType);
        return app;
    }

    public static ContentHttpResult Measures(PublishedData data, HttpRequest request)
    {
        var baseUrl = BaseUrl(request);
        var measures = data.Measures.Select(m => FhirResources.MeasureOf(m, baseUrl)).ToList();
        return Fhir(FhirResources.SearchSet(measures, measures.Count, baseUrl, "Measure"));
    }

    public static Results<ContentHttpResult, ProblemHttpResult> Measure(PublishedData data, HttpRequest request, string id) =>
        data.Measure(id) is { } measure
            ? Fhir(FhirResources.MeasureOf(measure, BaseUrl(request)))
            : TypedResults.Problem(title: "No such measure", detail: $"No published measure has the id {id}.", statusCode: 404);

    public static Results<ContentHttpResult, ValidationProblem> Reports(
        PublishedData data,
        HttpRequest request,
        [FromQuery(Name = "subject"), Description("Organisation code.")] string? subject,
        [FromQuery(Name = "measure"), Description("Measure id.")] string? measure,
        [FromQuery(Name = "period"), Description("Financial year, e.g. 2010-11.")] string? period,
        [AsParameters] PageRequest paging)
    {
        if (Paging.Problems(paging) is { } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var baseUrl = BaseUrl(request);
        var rows = ResultsApi.Filter(data, new ResultFilter(subject, measure, period, null)).ToList();
        var page = Paging.Take(rows, paging);
        var reports = page.Items.Select(r => FhirResources.ReportOf(r, data.Measure(r.MeasureId)!, data.Organisation(r.UnitCode), data.PublishedOn, baseUrl));
        return Fhir(FhirResources.SearchSet(reports, rows.Count, baseUrl, "MeasureReport"));
    }

    public static Results<ContentHttpResult, ProblemHttpResult> Report(PublishedData data, HttpRequest request, string id)
    {
        var parts = FhirResources.ParseReportId(id);
        var row = parts is var (code, measure, period)
            ? data.ResultsFor(code).FirstOrDefault(r => r.MeasureId == measure && r.Period == period)
            : null;
        return row is null || data.Measure(row.MeasureId) is not { } definition
            ? TypedResults.Problem(title: "No such MeasureReport", detail: $"No report has the id {id}.", statusCode: 404)
            : Fhir(FhirResources.ReportOf(row, definition, data.Organisation(row.UnitCode), data.PublishedOn, BaseUrl(request)));
    }

    private static ContentHttpResult Fhir(Hl7.Fhir.Model.Resource resource) =>
        TypedResults.Content(FhirResources.Serialize(resource), FhirResources.ContentType);

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
