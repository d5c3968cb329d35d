using System.ComponentModel;
using System.Globalization;
using System.Text;
using CareForAll.Measures.Running;
using CareForAll.Web.Publishing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CareForAll.Web.Api;

/// <summary>
/// <c>/api/results</c>: the published results (small numbers suppressed), filtered by organisation, measure and
/// period; paged as JSON, or whole as CSV and JSON downloads.
/// </summary>
public static class ResultsApi
{
    public static IEndpointRouteBuilder MapResultsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Results").RequireRateLimiting(Hosting.ApiRateLimits.Policy);
        api.MapGet("/results", List).WithName("ListResults")
            .WithSummary("Published results, paged")
            .WithDescription($"One row per measure, organisation and financial year. page_size is at most {Paging.MaxPageSize}.");
        api.MapGet("/results.csv", Csv).WithName("DownloadResultsCsv")
            .WithSummary("Published results as CSV")
            .WithDescription("Every row matching the filters, with the columns of published/results.csv.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        api.MapGet("/results.json", Json).WithName("DownloadResultsJson")
            .WithSummary("Published results as JSON")
            .WithDescription("Every row matching the filters, as one JSON array.");
        return app;
    }

    public static Results<Ok<PagedList<ResultDto>>, ValidationProblem> List(PublishedData data, [AsParameters] ResultFilter filter, [AsParameters] PageRequest paging)
    {
        if (Paging.Problems(paging) is { } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }

        return TypedResults.Ok(Paging.Take([.. Filter(data, filter).Select(ResultDto.From)], paging));
    }

    public static Ok<IReadOnlyList<ResultDto>> Json(PublishedData data, [AsParameters] ResultFilter filter) =>
        TypedResults.Ok<IReadOnlyList<ResultDto>>([.. Filter(data, filter).Select(ResultDto.From)]);

    public static FileContentHttpResult Csv(PublishedData data, [AsParameters] ResultFilter filter)
    {
        var name = filter.Measure ?? filter.Organisation ?? "all";
        return TypedResults.File(Encoding.UTF8.GetBytes(ToCsv(Filter(data, filter))), "text/csv; charset=utf-8", $"careforall-results-{name}.csv");
    }

    /// <summary>The rows matching every filter given, in file order.</summary>
    public static IEnumerable<MeasureResult> Filter(PublishedData data, ResultFilter filter)
    {
        IEnumerable<MeasureResult> rows = filter.Organisation is { Length: > 0 } code ? data.ResultsFor(code)
            : filter.Measure is { Length: > 0 } id ? data.ResultsOf(id)
            : data.Results;
        return rows.Where(r => (filter.Measure is not { Length: > 0 } || r.MeasureId == filter.Measure)
            && (filter.Period is not { Length: > 0 } || r.Period == filter.Period)
            && (filter.UnitType is not { Length: > 0 } || r.UnitType == filter.UnitType));
    }

    /// <summary>Results as CSV with the header of <see cref="ResultFiles.Columns"/>; empty cells where not given.</summary>
    public static string ToCsv(IEnumerable<MeasureResult> rows)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', ResultFiles.Columns).Append('\n');
        static string N(double? v) => v?.ToString("R", CultureInfo.InvariantCulture) ?? "";
        foreach (var r in rows)
        {
            csv.AppendJoin(',', [
                r.MeasureId, r.MeasureVersion.ToString(CultureInfo.InvariantCulture), r.Domain, r.UnitType, r.UnitCode, r.Period,
                N(r.Numerator), N(r.Denominator), N(r.Observed), N(r.Expected), N(r.Value), N(r.Lower95), N(r.Upper95),
                N(r.Lower998), N(r.Upper998), N(r.EnglandValue), r.Band, r.Suppressed ? "true" : "false"]).Append('\n');
        }

        return csv.ToString();
    }
}

/// <summary>Filters of the results endpoints; each is optional.</summary>
public sealed record ResultFilter(
    [property: FromQuery(Name = "organisation"), Description("Organisation code (the unit_code), e.g. A12345.")] string? Organisation,
    [property: FromQuery(Name = "measure"), Description("Measure id, e.g. ae-four-hours.")] string? Measure,
    [property: FromQuery(Name = "period"), Description("Financial year, e.g. 2010-11.")] string? Period,
    [property: FromQuery(Name = "unit_type"), Description("trust, practice, commissioner or region.")] string? UnitType);
