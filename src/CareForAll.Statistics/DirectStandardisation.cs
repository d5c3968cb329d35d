namespace CareForAll.Statistics;

/// <summary>
/// Directly standardised rates: DSR = Σ wᵢ xᵢ/nᵢ / Σ wᵢ × multiplier, with the confidence limits of
/// Dobson AJ, Kuulasmaa K, Eberle E, Scherer J, "Confidence intervals for weighted sums of Poisson
/// parameters", Stat Med 1991;10:457–462, built on Byar's limits for the total count O (Breslow and Day
/// 1987): limit = DSR + √(var(DSR)/O) × (O_limit − O), var(DSR) = Σ xᵢ (wᵢ/nᵢ)² / (Σ wᵢ)².
/// The rate is not given (NaN with a note) when the total count is below 10, as in the PHE/OHID
/// Technical Guide "Confidence intervals", Appendix 4, and the PHEindicatormethods <c>calculate_dsr</c>.
/// </summary>
public static class DirectStandardisation
{
    /// <summary>The note on a rate that is not given because its total count is below 10.</summary>
    public const string TotalCountBelow10 = "total count below 10";

    /// <summary>The DSR of one area at one confidence level.</summary>
    public static Interval RateInterval(IReadOnlyList<StandardisationBand> bands, double level, double multiplier = 100_000)
    {
        ArgumentNullException.ThrowIfNull(bands);
        var totalStandard = bands.Sum(b => b.StandardPopulation);
        var variance = bands.Sum(b => b.Count * Square(b.StandardPopulation / b.Population)) / Square(totalStandard);
        return Dobson(bands, variance, level, multiplier);
    }

    /// <summary>The DSR of one area with limits at 95% and 99.8%.</summary>
    public static Estimate Rate(IReadOnlyList<StandardisationBand> bands, double multiplier = 100_000) =>
        Estimate.AtBothLevels(level => RateInterval(bands, level, multiplier));

    /// <summary>
    /// The DSR of events that are not independent (one person may have several). The rate uses the total
    /// events per band, Σ f × persons_f; the variance is Σ_f f² var_f, where var_f is the Dobson variance
    /// of the persons with exactly f events (PHE/OHID Technical Guide, "Directly standardised rates",
    /// non-independent events; PHEindicatormethods <c>calculate_dsr(independent_events = FALSE)</c>).
    /// </summary>
    /// <remarks>
    /// var_f divides by the square of the whole standard population of the area, summed once per band.
    /// PHEindicatormethods sums the standard population over the rows given for each f, so the two agree
    /// when every band is listed for every f (zeros included).
    /// </remarks>
    public static Interval RateForRepeatEventsInterval(IReadOnlyList<RepeatEventBand> rows, double level, double multiplier = 100_000)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var bands = new List<StandardisationBand>();
        foreach (var band in rows.GroupBy(r => r.AgeBand, StringComparer.Ordinal))
        {
            var first = band.First();
            if (band.Any(r => r.Population != first.Population || r.StandardPopulation != first.StandardPopulation))
            {
                throw new ArgumentException($"Age band {band.Key} has rows with different populations or standard populations.", nameof(rows));
            }

            bands.Add(new StandardisationBand(band.Sum(r => r.EventsPerPerson * r.Persons), first.Population, first.StandardPopulation));
        }

        var totalStandard = bands.Sum(b => b.StandardPopulation);
        var variance = rows.Sum(r => Square(r.EventsPerPerson) * r.Persons * Square(r.StandardPopulation / r.Population)) / Square(totalStandard);
        return Dobson(bands, variance, level, multiplier);
    }

    /// <summary>The DSR of events that are not independent, with limits at 95% and 99.8%.</summary>
    public static Estimate RateForRepeatEvents(IReadOnlyList<RepeatEventBand> rows, double multiplier = 100_000) =>
        Estimate.AtBothLevels(level => RateForRepeatEventsInterval(rows, level, multiplier));

    private static Interval Dobson(IReadOnlyList<StandardisationBand> bands, double variance, double level, double multiplier)
    {
        if (bands.Count == 0)
        {
            throw new ArgumentException("A directly standardised rate needs at least one band.", nameof(bands));
        }

        var totalStandard = bands.Sum(b => b.StandardPopulation);
        if (!(totalStandard > 0))
        {
            throw new ArgumentException("The standard populations must not all be zero.", nameof(bands));
        }

        _ = Confidence.Z(level);
        long total = bands.Sum(b => b.Count);
        if (total < Rates.ByarThreshold)
        {
            return Interval.NotGiven(TotalCountBelow10);
        }

        var dsr = bands.Sum(b => b.Count * b.StandardPopulation / b.Population) / totalStandard;
        var perCount = Math.Sqrt(variance / total);
        var limits = Rates.Byar(total, level);
        return new Interval(
            dsr * multiplier,
            (dsr + (perCount * (limits.Lower - total))) * multiplier,
            (dsr + (perCount * (limits.Upper - total))) * multiplier);
    }

    private static double Square(double x) => x * x;
}
