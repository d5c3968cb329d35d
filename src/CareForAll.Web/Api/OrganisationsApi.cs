using System.ComponentModel;
using CareForAll.Web.Publishing;
using CareForAll.Web.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CareForAll.Web.Api;

/// <summary><c>/api/organisations</c>: find organisations and read one.</summary>
public static class OrganisationsApi
{
    public static IEndpointRouteBuilder MapOrganisationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/organisations").WithTags("Organisations").RequireRateLimiting(Hosting.ApiRateLimits.Policy);
        api.MapGet("/", List).WithName("ListOrganisations")
            .WithSummary("Find organisations")
            .WithDescription("GP practices, trusts, commissioners and regions, found by name, code or postcode and sorted by distance from the postcode.");
        api.MapGet("/{code}", Get).WithName("GetOrganisation")
            .WithSummary("One organisation")
            .WithDescription("The organisation and, for each measure, its latest published result.");
        return app;
    }

    public static Results<Ok<PagedList<OrganisationHitDto>>, ValidationProblem> List(
        PublishedData data,
        [FromQuery(Name = "q"), Description("Part of a name, a code or a postcode.")] string? q,
        [FromQuery(Name = "kind"), Description("gp_practice, trust, commissioner or region; default GP practices and trusts.")] string? kind,
        [AsParameters] PageRequest paging)
    {
        var problems = Paging.Problems(paging) ?? [];
        if (kind is not null && !OrganisationKinds.Searchable.Contains(kind))
        {
            problems["kind"] = [$"kind must be one of {string.Join(", ", OrganisationKinds.Searchable)}."];
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var found = OrganisationSearch.Find(data, new SearchRequest(q, kind, null));
        var hits = found.Hits.Select(h => new OrganisationHitDto(OrganisationDto.From(h.Organisation), h.DistanceMiles is double d ? Math.Round(d, 2) : null)).ToList();
        return TypedResults.Ok(Paging.Take(hits, paging));
    }

    public static Results<Ok<OrganisationDetailDto>, ProblemHttpResult> Get(PublishedData data, string code)
    {
        if (data.Organisation(code) is not { } organisation)
        {
            return TypedResults.Problem(title: "No such organisation", detail: $"No organisation has the code {code}.", statusCode: 404);
        }

        var latest = data.LatestFor(organisation.Code).Select(x => ResultDto.From(x.Latest)).ToList();
        return TypedResults.Ok(new OrganisationDetailDto(OrganisationDto.From(organisation), latest));
    }
}

/// <summary>An organisation found by a search, with its distance in miles from the searched postcode.</summary>
public sealed record OrganisationHitDto(OrganisationDto Organisation, double? DistanceMiles);

/// <summary>An organisation and its latest result for each measure.</summary>
public sealed record OrganisationDetailDto(OrganisationDto Organisation, IReadOnlyList<ResultDto> LatestResults);
