using System.Globalization;
using CareForAll.Measures.Definitions;
using CareForAll.Measures.Running;
using CareForAll.Statistics;
using CareForAll.Web.Publishing;

namespace CareForAll.Web.Charts;

/// <summary>One unit on a funnel plot: its size (denominator, or expected events for a ratio) and value.</summary>
public sealed record FunnelChartPoint(string UnitCode, string Name, double Size, double Value, string Band);

/// <summary>
/// The national funnel plot of one measure and period (Spiegelhalter DJ. Funnel plots for comparing institutional
/// performance. Stat Med 2005;24:1185–1202): each unit's value against its size, with exact 95% and 99.8% limits
/// around the England value from <see cref="FunnelPlot.ExactLimits"/>. Drawn for proportions, rates and
/// indirectly standardised ratios; other methods have no funnel (their intervals are in the table).
/// </summary>
public sealed class FunnelChart
{
    private const int Width = 640;
    private const int Height = 380;
    private const int Left = 60;
    private const int Right = 16;
    private const int Top = 16;
    private const int Bottom = 44;
    private const int Steps = 60;

    public FunnelChart(MeasureDefinition measure, string period, IReadOnlyList<MeasureResult> results, Func<string, string> nameOf)
    {
        Measure = measure;
        Period = period;
        Kind = measure.Method switch
        {
            MeasureMethod.Proportion => FunnelKind.Proportion,
            MeasureMethod.Rate => FunnelKind.Rate,
            MeasureMethod.IndirectlyStandardisedRatio => FunnelKind.Ratio,
            _ => null,
        };
        var rows = results.Where(r => r.Period == period && r.UnitType == measure.Unit).ToList();
        England = rows.Select(r => r.EnglandValue).FirstOrDefault(v => v is not null);
        Points = Kind is null ? [] : [.. rows
            .Where(r => r.Value is not null && SizeOf(r) is > 0)
            .Select(r => new FunnelChartPoint(r.UnitCode, nameOf(r.UnitCode), SizeOf(r)!.Value, r.Value!.Value, r.Band))
            .OrderBy(p => p.Size)];
    }

    public MeasureDefinition Measure { get; }

    public string Period { get; }

    public FunnelKind? Kind { get; }

    public double? England { get; }

    public IReadOnlyList<FunnelChartPoint> Points { get; }

    /// <summary>True when the method has a funnel and there are points and an England value to draw.</summary>
    public bool CanDraw => Kind is not null && Points.Count > 0 && England is not null;

    /// <summary>What the horizontal axis counts.</summary>
    public string SizeLabel => Kind == FunnelKind.Ratio ? "Expected events" : "Number counted (denominator)";

    private double? SizeOf(MeasureResult r) => Kind == FunnelKind.Ratio ? r.Expected : r.Denominator;

    /// <summary>The 95% and 99.8% limits for one size, on the plotted scale.</summary>
    public FunnelLimits LimitsAt(double size)
    {
        var target = Kind == FunnelKind.Ratio ? England!.Value / Measure.Multiplier : England!.Value / Measure.Multiplier;
        return FunnelPlot.ExactLimits(Kind!.Value, Kind == FunnelKind.Proportion ? Math.Clamp(target, 1e-9, 1 - 1e-9) : Math.Max(target, 1e-9), size, Measure.Multiplier);
    }

    public string ToSvg(string id)
    {
        var svg = Svg.Open(Width, Height, id, $"Funnel plot of {Measure.Title}, {Period}",
            $"{Points.Count} organisations plotted against {SizeLabel.ToLowerInvariant()}, with 95% and 99.8% limits around the England value {ValueFormat.Value(Measure, England)}. The table below gives every value.");
        if (!CanDraw)
        {
            svg.Append("</svg>");
            return svg.ToString();
        }

        var maxSize = Points.Max(p => p.Size) * 1.05;
        var minSize = Math.Max(Points.Min(p => p.Size) * 0.8, maxSize / 400);
        var sizes = Enumerable.Range(0, Steps + 1).Select(i => minSize * Math.Pow(maxSize / minSize, (double)i / Steps)).ToList();
        var limits = sizes.Select(LimitsAt).ToList();
        var ys = Points.Select(p => p.Value).Concat(limits.SelectMany(l => new[] { l.Lower998, l.Upper998 })).Append(England!.Value).ToList();
        var (low, high) = (ys.Min(), ys.Max());
        var x = Svg.Scale(0, maxSize, Left, Width - Right);
        var y = Svg.Scale(low, high, Height - Bottom, Top);

        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"app-chart__axis\" x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"app-chart__axis\" x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\"/>");
        foreach (var tick in new[] { low, (low + high) / 2, high })
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"app-chart__label\" x=\"{Left - 6}\" y=\"{Svg.N(y(tick) + 4)}\" text-anchor=\"end\">{Svg.Escape(ValueFormat.NumberFor(Measure, tick))}</text>");
        }

        foreach (var tick in new[] { 0, maxSize / 2, maxSize })
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"app-chart__label\" x=\"{Svg.N(x(tick))}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{Svg.Escape(tick.ToString("N0", CultureInfo.InvariantCulture))}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"app-chart__label\" x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 6}\" text-anchor=\"middle\">{Svg.Escape(SizeLabel)}</text>");
        svg.Append(Svg.Polyline(sizes.Zip(limits, (s, l) => (x(s), y(l.Upper998))), "app-chart__limit998"));
        svg.Append(Svg.Polyline(sizes.Zip(limits, (s, l) => (x(s), y(l.Lower998))), "app-chart__limit998"));
        svg.Append(Svg.Polyline(sizes.Zip(limits, (s, l) => (x(s), y(l.Upper95))), "app-chart__limit"));
        svg.Append(Svg.Polyline(sizes.Zip(limits, (s, l) => (x(s), y(l.Lower95))), "app-chart__limit"));
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"app-chart__mean\" x1=\"{Left}\" y1=\"{Svg.N(y(England.Value))}\" x2=\"{Width - Right}\" y2=\"{Svg.N(y(England.Value))}\"/>");
        foreach (var p in Points)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"app-chart__point app-chart__point--{BandClass(p.Band)}\" cx=\"{Svg.N(x(p.Size))}\" cy=\"{Svg.N(y(p.Value))}\" r=\"3.5\"/>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string BandClass(string band) => band.StartsWith("better", StringComparison.Ordinal) ? "better"
        : band.StartsWith("worse", StringComparison.Ordinal) ? "worse" : "expected";
}
