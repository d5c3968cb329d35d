using CareForAll.Measures.Definitions;
using CareForAll.Measures.Running;
using CareForAll.Web.Charts;
using CareForAll.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareForAll.Web.Pages.Indicators;

/// <summary>One indicator: what, why, who is counted, the method, the definition file and the national funnel plot.</summary>
public sealed class ShowModel(PublishedData data) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "period")]
    public string? Period { get; set; }

    public MeasureDefinition Measure { get; private set; } = null!;

    public FunnelChart Funnel { get; private set; } = null!;

    /// <summary>Every result of the measure's own unit in the period, best first.</summary>
    public IReadOnlyList<MeasureResult> Rows { get; private set; } = [];

    public IReadOnlyList<string> Periods { get; private set; } = [];

    public PublishedData Data => data;

    public IActionResult OnGet(string id)
    {
        if (data.Measure(id) is not { } measure)
        {
            return NotFound();
        }

        Measure = measure;
        var results = data.ResultsOf(id);
        Periods = [.. results.Select(r => r.Period).Distinct().Order(StringComparer.Ordinal)];
        Period = Period is not null && Periods.Contains(Period) ? Period : Periods.LastOrDefault() ?? "";
        Funnel = new FunnelChart(measure, Period, results, code => data.Organisation(code)?.Name ?? code);
        Rows = [.. results.Where(r => r.Period == Period && r.UnitType == measure.Unit)
            .OrderBy(r => Bands.RankOf(r.Band)).ThenBy(r => Name(r.UnitCode), StringComparer.Ordinal)];
        return Page();
    }

    public string Name(string code) => data.Organisation(code)?.Name ?? code;

    /// <summary>Who is counted, in the words of the definition file's population.</summary>
    public IReadOnlyList<string> Counted()
    {
        var p = Measure.Population;
        var lines = new List<string> { $"Rows of {p.From}, placed in an organisation by {p.Unit} and in a year by {p.Date}." };
        if (p.Where is { } where)
        {
            lines.Add($"Only where: {where}");
        }

        lines.AddRange(p.Exclusions.Select(e => $"Left out: {e}"));
        if (Measure.Numerator is { } numerator)
        {
            lines.Add($"Counted in the numerator when: {numerator}");
        }

        if (Measure.Outcome is { } outcome)
        {
            lines.Add($"Outcome: {outcome}");
        }

        if (Measure.Denominator is { } denominator)
        {
            lines.Add($"Denominator: {denominator.Sum ?? "rows"} of {denominator.From}");
        }

        if (Measure.Covariates.Count > 0)
        {
            lines.Add($"Adjusted for: {string.Join(", ", Measure.Covariates.Select(c => c.Name))}");
        }

        return lines;
    }
}
