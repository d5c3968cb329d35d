namespace CareForAll.Statistics;

/// <summary>
/// The 2013 European Standard Population (Eurostat, "Revision of the European Standard Population",
/// 2013): 19 five-year age bands 0-4 … 85-89 and 90+, per 100,000.
/// </summary>
public static class EuropeanStandardPopulation
{
    /// <summary>The band labels, youngest first: "0-4", "5-9", …, "85-89", "90+".</summary>
    public static IReadOnlyList<string> Bands { get; } =
        [.. Enumerable.Range(0, 18).Select(i => $"{i * 5}-{(i * 5) + 4}"), "90+"];

    /// <summary>The standard population of each band, in the order of <see cref="Bands"/>; they sum to 100,000.</summary>
    public static IReadOnlyList<double> Weights { get; } =
        [5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000];

    /// <summary>The standard population for a band label such as "45-49" or "90+", or null when the label is not one of <see cref="Bands"/>.</summary>
    public static double? ForBand(string band)
    {
        var trimmed = band.Trim().Replace(" ", "", StringComparison.Ordinal);
        for (var i = 0; i < Bands.Count; i++)
        {
            if (string.Equals(Bands[i], trimmed, StringComparison.Ordinal))
            {
                return Weights[i];
            }
        }

        return null;
    }
}
