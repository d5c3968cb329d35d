using System.ComponentModel;
using System.Security.Claims;
using CareForAll.Core;
using CareForAll.Web.Secured;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CareForAll.Web.Api;

/// <summary>
/// <c>/api/secured/results</c>: one organisation's secured results (every figure, small counts included), paged
/// like <c>/api/results</c>, for signed-in analysts, commissioners and regulators as the store's access policy
/// allows. 401 when not signed in, 403 when the policy says no; every request is audited either way.
/// </summary>
public static class SecuredResultsApi
{
    public static IEndpointRouteBuilder MapSecuredResultsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/secured").WithTags("Secured results").RequireRateLimiting(Hosting.ApiRateLimits.Policy)
            .MapGet("/results", List).WithName("ListSecuredResults")
            .WithSummary("An organisation's secured (unsuppressed) results, paged")
            .WithDescription("For signed-in provider analysts (their organisation and its sites), commissioners (the providers they " +
                $"commission) and regulators (all). organisation is required; page_size is at most {Paging.MaxPageSize}. Every request is audited.");
        return app;
    }

    public static async Task<Results<Ok<PagedList<SecuredResultDto>>, ValidationProblem, ProblemHttpResult>> List(
        ClaimsPrincipal user, SecuredResultsReader reader, [AsParameters] SecuredResultFilter filter, [AsParameters] PageRequest paging, CancellationToken cancellationToken)
    {
        var problems = Paging.Problems(paging) ?? [];
        if (!OdsCode.TryParse(filter.Organisation, null, out var organisation))
        {
            problems["organisation"] = ["organisation is required: the ODS code of the organisation, e.g. RXH."];
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var read = await reader.ReadAsync(user, organisation!, $"api/secured/results?organisation={organisation}", cancellationToken);
        if (!read.Decision.Allowed)
        {
            return user.Identity?.IsAuthenticated == true
                ? TypedResults.Problem(title: "You may not see these secured results", detail: read.Decision.Reason, statusCode: StatusCodes.Status403Forbidden)
                : TypedResults.Problem(title: "Sign in to see secured results", statusCode: StatusCodes.Status401Unauthorized);
        }

        var rows = read.Rows.Where(r => (filter.Measure is not { Length: > 0 } || r.Result.MeasureId == filter.Measure)
            && (filter.Period is not { Length: > 0 } || r.Result.Period == filter.Period));
        return TypedResults.Ok(Paging.Take([.. rows.Select(SecuredResultDto.From)], paging));
    }
}

/// <summary>Filters of <c>/api/secured/results</c>: the organisation is required, the others optional.</summary>
public sealed record SecuredResultFilter(
    [property: FromQuery(Name = "organisation"), Description("Organisation code (the unit_code), e.g. RXH. Required.")] string? Organisation,
    [property: FromQuery(Name = "measure"), Description("Measure id, e.g. ae-four-hours.")] string? Measure,
    [property: FromQuery(Name = "period"), Description("Financial year, e.g. 2010-11.")] string? Period);

/// <summary>One secured result: the columns of <c>secured/results.csv</c> and whether the public site withholds it.</summary>
public sealed record SecuredResultDto(
    string MeasureId, int MeasureVersion, string Domain, string UnitType, string UnitCode, string Period,
    double? Numerator, double? Denominator, double? Observed, double? Expected, double? Value,
    double? Lower95, double? Upper95, double? Lower998, double? Upper998, double? EnglandValue, string Band, bool WithheldFromPublic)
{
    public static SecuredResultDto From(SecuredResult row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var r = row.Result;
        return new(r.MeasureId, r.MeasureVersion, r.Domain, r.UnitType, r.UnitCode, r.Period, r.Numerator, r.Denominator, r.Observed,
            r.Expected, r.Value, r.Lower95, r.Upper95, r.Lower998, r.Upper998, r.EnglandValue, r.Band, row.WithheldFromPublic);
    }
}
