using System.Globalization;
using CareForAll.Measures.Definitions;
using CareForAll.Measures.Running;
using CareForAll.Statistics;
using CareForAll.Web.Publishing;

namespace CareForAll.Web.Charts;

/// <summary>One period of a trend: the value and, when there are enough points, the XmR chart's mean and limits.</summary>
public sealed record TrendPoint(string Period, double? Value, double? Mean, double? Lower, double? Upper, string Variation);

/// <summary>
/// A small statistical process control chart of one organisation's values across periods: an XmR chart with the
/// "Making Data Count" rules (<see cref="XmrChart"/>), drawn as SVG with the same figures as a table.
/// </summary>
public sealed class TrendChart
{
    private const int Width = 220;
    private const int Height = 70;
    private const int Pad = 6;

    public TrendChart(MeasureDefinition measure, IReadOnlyList<MeasureResult> trend)
    {
        Measure = measure;
        var given = trend.Where(r => r.Value is not null).ToList();
        XmrResult? chart = null;
        if (given.Count >= 2)
        {
            var direction = measure.HigherIsBetter ? ImprovementDirection.Increase : ImprovementDirection.Decrease;
            chart = XmrChart.Analyse([.. given.Select(r => r.Value!.Value)], new XmrOptions(direction));
        }

        Points = [.. trend.Select(r =>
        {
            var index = given.IndexOf(r);
            var point = chart is not null && index >= 0 ? chart.Points[index] : null;
            return new TrendPoint(r.Period, r.Value, point?.Mean, point?.Lower, point?.Upper, point is null ? "" : VariationWords(point.Variation));
        })];
    }

    public MeasureDefinition Measure { get; }

    public IReadOnlyList<TrendPoint> Points { get; }

    /// <summary>True when at least two periods have values, so limits can be drawn.</summary>
    public bool HasLimits => Points.Any(p => p.Mean is not null);

    public static string VariationWords(PointVariation variation) => variation switch
    {
        PointVariation.Improvement => "Special cause: improvement",
        PointVariation.Concern => "Special cause: concern",
        PointVariation.Neither => "Special cause",
        _ => "Common cause",
    };

    /// <summary>The chart as SVG markup; <paramref name="id"/> makes its title element unique on the page.</summary>
    public string ToSvg(string id)
    {
        var values = Points.Where(p => p.Value is not null).ToList();
        var description = string.Join("; ", Points.Select(p => $"{p.Period}: {ValueFormat.Value(Measure, p.Value)}"));
        var svg = Svg.Open(Width, Height, id, $"Trend of {Measure.Title}", description);
        if (values.Count > 0)
        {
            var all = values.SelectMany(p => new[] { p.Value, p.Lower, p.Upper }).OfType<double>().ToList();
            var y = Svg.Scale(all.Min(), all.Max(), Height - Pad, Pad);
            var x = Svg.Scale(0, Math.Max(1, Points.Count - 1), Pad + 4, Width - Pad - 4);
            if (HasLimits)
            {
                var limited = Points.Select((p, i) => (p, i)).Where(t => t.p.Mean is not null).ToList();
                svg.Append(Svg.Polyline(limited.Select(t => (x(t.i), y(t.p.Upper!.Value))), "app-chart__limit"));
                svg.Append(Svg.Polyline(limited.Select(t => (x(t.i), y(t.p.Lower!.Value))), "app-chart__limit"));
                svg.Append(Svg.Polyline(limited.Select(t => (x(t.i), y(t.p.Mean!.Value))), "app-chart__mean"));
            }

            svg.Append(Svg.Polyline(Points.Select((p, i) => (p, i)).Where(t => t.p.Value is not null).Select(t => (x(t.i), y(t.p.Value!.Value))), "app-chart__line"));
            for (var i = 0; i < Points.Count; i++)
            {
                if (Points[i].Value is double v)
                {
                    var special = Points[i].Variation.StartsWith("Special", StringComparison.Ordinal) ? " app-chart__point--special" : "";
                    svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"app-chart__point{special}\" cx=\"{Svg.N(x(i))}\" cy=\"{Svg.N(y(v))}\" r=\"3\"/>");
                }
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
