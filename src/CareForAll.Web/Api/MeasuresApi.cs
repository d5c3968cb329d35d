using CareForAll.Web.Publishing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareForAll.Web.Api;

/// <summary><c>/api/measures</c>: the definitions of the published measures.</summary>
public static class MeasuresApi
{
    public static IEndpointRouteBuilder MapMeasuresApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/measures").WithTags("Measures").RequireRateLimiting(Hosting.ApiRateLimits.Policy);
        api.MapGet("/", List).WithName("ListMeasures")
            .WithSummary("Every published measure")
            .WithDescription("The definitions of the measures that have published results, with their definition files.");
        api.MapGet("/{id}", Get).WithName("GetMeasure")
            .WithSummary("One measure")
            .WithDescription("A measure's definition: what it counts, its method and the definition file as published.");
        return app;
    }

    public static Ok<IReadOnlyList<MeasureDto>> List(PublishedData data) =>
        TypedResults.Ok<IReadOnlyList<MeasureDto>>([.. data.Measures.Select(MeasureDto.From)]);

    public static Results<Ok<MeasureDto>, ProblemHttpResult> Get(PublishedData data, string id) =>
        data.Measure(id) is { } measure
            ? TypedResults.Ok(MeasureDto.From(measure))
            : TypedResults.Problem(title: "No such measure", detail: $"No published measure has the id {id}.", statusCode: 404);
}
