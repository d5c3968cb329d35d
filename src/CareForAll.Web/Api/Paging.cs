using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace CareForAll.Web.Api;

/// <summary>Paging of API lists: <c>page</c> counts from 1, <c>page_size</c> is 1 to <see cref="MaxPageSize"/>.</summary>
public static class Paging
{
    /// <summary>The largest page a client may ask for.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>The page size when none is given.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>A validation problem naming the bad parameter, or null when <paramref name="request"/> is valid.</summary>
    public static Dictionary<string, string[]>? Problems(PageRequest request)
    {
        var problems = new Dictionary<string, string[]>();
        if (request.Page is < 1)
        {
            problems["page"] = ["page counts from 1."];
        }

        if (request.PageSize is < 1 or > MaxPageSize)
        {
            problems["page_size"] = [$"page_size must be between 1 and {MaxPageSize}."];
        }

        return problems.Count == 0 ? null : problems;
    }

    public static PagedList<T> Take<T>(IReadOnlyList<T> all, PageRequest request)
    {
        var page = request.Page ?? 1;
        var size = request.PageSize ?? DefaultPageSize;
        var items = all.Skip((page - 1) * size).Take(size).ToList();
        return new PagedList<T>(page, size, all.Count, (all.Count + size - 1) / size, items);
    }
}

/// <summary>The paging parameters of a list request.</summary>
public sealed record PageRequest(
    [property: FromQuery(Name = "page"), Description("Page number, from 1.")] int? Page,
    [property: FromQuery(Name = "page_size"), Description("Items per page, 1 to 1000 (default 100).")] int? PageSize);

/// <summary>One page of a list, with the totals a client needs to fetch the rest.</summary>
public sealed record PagedList<T>(int Page, int PageSize, int Total, int TotalPages, IReadOnlyList<T> Items);
