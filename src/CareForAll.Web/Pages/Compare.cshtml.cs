using CareForAll.Measures.Definitions;
using CareForAll.Measures.Running;
using CareForAll.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareForAll.Web.Pages;

/// <summary>Up to <see cref="MaxOrganisations"/> organisations side by side on the same indicators.</summary>
public sealed class CompareModel(PublishedData data) : PageModel
{
    /// <summary>The most organisations a comparison shows.</summary>
    public const int MaxOrganisations = 5;

    [BindProperty(SupportsGet = true, Name = "codes")]
    public List<string> Codes { get; set; } = [];

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public IReadOnlyList<string> Unknown { get; private set; } = [];

    public bool TooMany { get; private set; }

    public IReadOnlyList<MeasureDefinition> Measures { get; private set; } = [];

    private Dictionary<(string Code, string Measure), MeasureResult> latest = [];

    public void OnGet()
    {
        var codes = Codes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        TooMany = codes.Count > MaxOrganisations;
        Unknown = [.. codes.Where(c => data.Organisation(c) is null)];
        Organisations = [.. codes.Select(data.Organisation).OfType<Organisation>().Take(MaxOrganisations)];
        latest = Organisations
            .SelectMany(o => data.LatestFor(o.Code).Select(x => (o.Code, x.Latest)))
            .ToDictionary(x => (x.Code, x.Latest.MeasureId), x => x.Latest);
        Measures = [.. data.Measures.Where(m => Organisations.Any(o => latest.ContainsKey((o.Code, m.Id))))];
    }

    public MeasureResult? Latest(Organisation organisation, MeasureDefinition measure) =>
        latest.GetValueOrDefault((organisation.Code, measure.Id));
}
