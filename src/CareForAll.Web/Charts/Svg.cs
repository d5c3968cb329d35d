using System.Globalization;
using System.Text;

namespace CareForAll.Web.Charts;

/// <summary>Small pieces of SVG markup shared by the charts: numbers written with a point, text escaped.</summary>
internal static class Svg
{
    public static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);

    /// <summary>A polyline through the points, skipping none.</summary>
    public static string Polyline(IEnumerable<(double X, double Y)> points, string cssClass) =>
        $"<polyline class=\"{cssClass}\" fill=\"none\" points=\"{string.Join(' ', points.Select(p => $"{N(p.X)},{N(p.Y)}"))}\"/>";

    /// <summary>Maps a value range onto a pixel range (inverted for y when <paramref name="to0"/> &gt; <paramref name="to1"/>).</summary>
    public static Func<double, double> Scale(double from0, double from1, double to0, double to1)
    {
        var span = from1 - from0;
        return span == 0 ? _ => (to0 + to1) / 2 : v => to0 + ((v - from0) / span * (to1 - to0));
    }

    public static StringBuilder Open(int width, int height, string titleId, string title, string description)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"app-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"{titleId} {titleId}-desc\" focusable=\"false\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{titleId}\">{Escape(title)}</title><desc id=\"{titleId}-desc\">{Escape(description)}</desc>");
        return svg;
    }
}
