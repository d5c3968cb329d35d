using CareForAll.Measures.Definitions;
using CareForAll.Measures.Running;
using CareForAll.Web.Charts;
using CareForAll.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareForAll.Web.Pages.Organisations;

/// <summary>One organisation: every indicator in plain words, with its number, interval, England value and trend.</summary>
public sealed class ShowModel(PublishedData data) : PageModel
{
    /// <summary>The measure of patient experience shown at the top of a GP practice's page.</summary>
    public const string PracticeExperienceMeasure = "fft-recommend-practice";

    public Organisation Organisation { get; private set; } = null!;

    public Organisation? Parent { get; private set; }

    public IReadOnlyList<(MeasureDefinition Measure, MeasureResult Latest, TrendChart Trend)> Indicators { get; private set; } = [];

    public PublishedData Data => data;

    public (MeasureDefinition Measure, MeasureResult Latest, TrendChart Trend)? Experience =>
        Indicators.FirstOrDefault(i => i.Measure.Id == PracticeExperienceMeasure) is { Measure: not null } found ? found : null;

    public IActionResult OnGet(string code)
    {
        if (data.Organisation(code) is not { } organisation)
        {
            return NotFound();
        }

        Organisation = organisation;
        Parent = organisation.ParentCode is { } parent ? data.Organisation(parent) : null;
        Indicators = [.. data.LatestFor(organisation.Code).Select(x => (x.Measure, x.Latest, new TrendChart(x.Measure, x.Trend)))];
        return Page();
    }
}
