using CareForAll.Measures.Definitions;
using CareForAll.Web.Publishing;
using CareForAll.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareForAll.Web.Pages;

/// <summary>Find a GP practice or hospital by name or postcode, filter by kind, sort by distance or an indicator.</summary>
public sealed class IndexModel(PublishedData data) : PageModel
{
    /// <summary>Organisations listed on one page of results.</summary>
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public SearchOutcome? Outcome { get; private set; }

    public IReadOnlyList<SearchHit> Shown { get; private set; } = [];

    public int PageCount { get; private set; }

    /// <summary>The indicators a person can sort by: those measured for the chosen kind.</summary>
    public IReadOnlyList<MeasureDefinition> SortMeasures { get; private set; } = [];

    public MeasureDefinition? SortMeasure => Sort is null ? null : data.Measure(Sort);

    public PublishedData Data => data;

    public void OnGet()
    {
        if (Kind is not null && !OrganisationKinds.Searchable.Contains(Kind))
        {
            Kind = null;
        }

        var unitTypes = Kind is null ? ["practice", "trust"] : new[] { OrganisationKinds.UnitTypeOf(Kind) };
        SortMeasures = [.. data.Measures.Where(m => unitTypes.Contains(m.Unit) || m.Rollup.Any(unitTypes.Contains))];
        if (string.IsNullOrWhiteSpace(Query) && Kind is null && Sort is null)
        {
            return;
        }

        Outcome = OrganisationSearch.Find(data, new SearchRequest(Query, Kind, Sort));
        PageCount = Math.Max(1, (Outcome.Hits.Count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Shown = [.. Outcome.Hits.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
    }

    /// <summary>The link to another page of the same search.</summary>
    public string PageLink(int page) =>
        QueryString.Create(new Dictionary<string, string?> { ["q"] = Query, ["kind"] = Kind, ["sort"] = Sort, ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToString();
}
