using System.Globalization;

namespace CareForAll.Web.Publishing;

/// <summary>A financial year as the results write it (<c>2008-09</c>): 1 April to 31 March.</summary>
public static class ReportingYear
{
    public static DateOnly Start(string period) => new(FirstYear(period), 4, 1);

    public static DateOnly End(string period) => new(FirstYear(period) + 1, 3, 31);

    /// <summary>"April 2008 to March 2009".</summary>
    public static string InWords(string period) =>
        $"April {FirstYear(period)} to March {FirstYear(period) + 1}";

    private static int FirstYear(string period) =>
        int.Parse(period.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
}
