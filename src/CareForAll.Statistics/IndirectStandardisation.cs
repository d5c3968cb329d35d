namespace CareForAll.Statistics;

/// <summary>
/// Indirectly standardised ratios (such as SMRs) and rates: expected E = Σ reference rateᵢ × populationᵢ,
/// ratio = O/E × reference value (1, or 100), rate = O/E × reference crude rate × multiplier. The limits
/// are those of the observed count O (exact Poisson below 10, Byar's from 10: see
/// <see cref="Rates.PoissonLimits"/>) divided by E. Breslow NE, Day NE, Statistical Methods in Cancer
/// Research vol. II, IARC 1987, ch. 2; PHE/OHID Technical Guide "Confidence intervals"; APHO Technical
/// Briefing 3 (2008); PHEindicatormethods <c>calculate_ISRatio</c> and <c>calculate_ISRate</c>.
/// </summary>
public static class IndirectStandardisation
{
    /// <summary>The observed count of an area: the sum of its bands' counts.</summary>
    public static long Observed(IReadOnlyList<IndirectBand> bands) => bands.Sum(b => b.Count);

    /// <summary>The expected count of an area: Σ reference count / reference population × population.</summary>
    public static double Expected(IReadOnlyList<IndirectBand> bands) => bands.Sum(b => b.Expected);

    /// <summary>The reference crude rate per person: Σ reference counts / Σ reference populations.</summary>
    public static double ReferenceRate(IReadOnlyList<IndirectBand> bands) =>
        (double)bands.Sum(b => b.ReferenceCount) / bands.Sum(b => b.ReferencePopulation);

    /// <summary>The ratio O/E × <paramref name="referenceValue"/> with the limits of O divided by E, at one level.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative O, or E not more than zero.</exception>
    public static Interval RatioInterval(long observed, double expected, double level, double referenceValue = 1)
    {
        if (!(expected > 0) || double.IsInfinity(expected))
        {
            throw new ArgumentOutOfRangeException(nameof(expected), expected, "The expected count must be more than zero.");
        }

        return Rates.PoissonLimits(observed, level).Scale(referenceValue / expected);
    }

    /// <summary>The ratio O/E × <paramref name="referenceValue"/> with limits at 95% and 99.8%.</summary>
    public static Estimate Ratio(long observed, double expected, double referenceValue = 1) =>
        Estimate.AtBothLevels(level => RatioInterval(observed, expected, level, referenceValue));

    /// <summary>The ratio of an area's bands with limits at 95% and 99.8%.</summary>
    public static Estimate Ratio(IReadOnlyList<IndirectBand> bands, double referenceValue = 1) =>
        Ratio(Observed(bands), Expected(bands), referenceValue);

    /// <summary>The rate O/E × <paramref name="referenceRate"/> (per person) × <paramref name="multiplier"/>, with the ratio's limits on the same scale, at one level.</summary>
    public static Interval RateInterval(long observed, double expected, double referenceRate, double level, double multiplier = 100_000) =>
        RatioInterval(observed, expected, level, referenceRate * multiplier);

    /// <summary>The rate O/E × reference rate × multiplier with limits at 95% and 99.8%.</summary>
    public static Estimate Rate(long observed, double expected, double referenceRate, double multiplier = 100_000) =>
        Ratio(observed, expected, referenceRate * multiplier);

    /// <summary>The rate of an area's bands, the reference crude rate taken from the same bands, with limits at 95% and 99.8%.</summary>
    public static Estimate Rate(IReadOnlyList<IndirectBand> bands, double multiplier = 100_000) =>
        Rate(Observed(bands), Expected(bands), ReferenceRate(bands), multiplier);
}
