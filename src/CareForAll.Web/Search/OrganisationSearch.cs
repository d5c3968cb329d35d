using CareForAll.Measures.Running;
using CareForAll.Web.Publishing;

namespace CareForAll.Web.Search;

/// <summary>What a person searched for: a name or postcode, a kind of organisation, and how to sort.</summary>
/// <param name="Query">Part of a name or code, or a postcode (full, sector or district).</param>
/// <param name="Kind">An organisation kind (<see cref="OrganisationKinds"/>), or null for GP practices and hospitals.</param>
/// <param name="Sort"><c>distance</c>, <c>name</c>, or a measure id to sort best first on its latest value.</param>
public sealed record SearchRequest(string? Query, string? Kind, string? Sort);

/// <summary>One organisation found, with its distance from the searched postcode and the sort indicator's result.</summary>
public sealed record SearchHit(Organisation Organisation, double? DistanceMiles, MeasureResult? Indicator);

/// <summary>The organisations found, sorted, and where the search was measured from.</summary>
public sealed record SearchOutcome(IReadOnlyList<SearchHit> Hits, string? Postcode, string Sort);

/// <summary>
/// Finds organisations by name, code or postcode. A query that is a known postcode (or postcode district) finds
/// every organisation of the kind sorted by distance from it; anything else matches names and codes.
/// </summary>
public static class OrganisationSearch
{
    /// <summary>Kinds searched when none is chosen: GP practices and hospitals.</summary>
    private static readonly string[] DefaultKinds = [OrganisationKinds.Practice, OrganisationKinds.Trust];

    public static SearchOutcome Find(PublishedData data, SearchRequest request)
    {
        var query = request.Query?.Trim() ?? "";
        var kinds = request.Kind is { Length: > 0 } kind ? [kind] : DefaultKinds;
        var candidates = data.Organisations.Where(o => kinds.Contains(o.Kind, StringComparer.Ordinal));
        var origin = query.Length > 0 ? data.Locate(query) : null;
        if (origin is null && query.Length > 0)
        {
            candidates = candidates.Where(o => o.Name.Contains(query, StringComparison.OrdinalIgnoreCase)
                || o.Code.Equals(query, StringComparison.OrdinalIgnoreCase));
        }

        var measure = request.Sort is { } id ? data.Measure(id) : null;
        var hits = candidates.Select(o => new SearchHit(
            o,
            origin is { } from && o.Latitude is double lat && o.Longitude is double lon ? Distance.Miles(from.Latitude, from.Longitude, lat, lon) : null,
            measure is null ? null : data.ResultsFor(o.Code).Where(r => r.MeasureId == measure.Id).MaxBy(r => r.Period, StringComparer.Ordinal)));
        var sort = measure is not null ? measure.Id : request.Sort == "name" || origin is null ? "name" : "distance";
        var sorted = sort switch
        {
            "distance" => hits.OrderBy(h => h.DistanceMiles ?? double.MaxValue).ThenBy(h => h.Organisation.Name, StringComparer.Ordinal),
            "name" => hits.OrderBy(h => h.Organisation.Name, StringComparer.Ordinal),
            _ => hits.OrderBy(h => h.Indicator?.Value is null ? 1 : 0)
                .ThenBy(h => (h.Indicator?.Value ?? 0) * (measure!.HigherIsBetter ? -1 : 1))
                .ThenBy(h => h.DistanceMiles ?? 0).ThenBy(h => h.Organisation.Name, StringComparer.Ordinal),
        };
        return new SearchOutcome([.. sorted], origin is null ? null : query.ToUpperInvariant(), sort);
    }
}
