using CareForAll.Measures.Definitions;
using CareForAll.Measures.Running;
using CareForAll.Web.Publishing;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareForAll.Web.Pages;

/// <summary>The measurable rights of the NHS Constitution and each provider's performance against them.</summary>
public sealed class RightsModel(PublishedData data) : PageModel
{
    public IReadOnlyList<(ConstitutionStandard Standard, MeasureDefinition Measure, IReadOnlyList<MeasureResult> Rows)> Standards { get; private set; } = [];

    public int ProviderCount { get; private set; }

    public void OnGet()
    {
        Standards = [.. ConstitutionStandard.All
            .Where(s => data.Measure(s.MeasureId) is not null)
            .Select(s =>
            {
                var measure = data.Measure(s.MeasureId)!;
                var rows = data.ResultsOf(s.MeasureId).Where(r => r.Period == data.LatestPeriod && r.UnitType == measure.Unit)
                    .OrderBy(r => Name(r.UnitCode), StringComparer.Ordinal).ToList();
                return (s, measure, (IReadOnlyList<MeasureResult>)rows);
            })];
        ProviderCount = data.Organisations.Count(o => o.Kind == OrganisationKinds.Trust);
    }

    public string Name(string code) => data.Organisation(code)?.Name ?? code;

    public string Period => data.LatestPeriod;

    /// <summary>"Yes", "No" or "Not published" for a result against the standard.</summary>
    public static string Meets(ConstitutionStandard standard, MeasureResult result) =>
        result.Value is double v ? (v >= standard.StandardFor(result.Period) ? "Yes" : "No") : "Not published";
}
