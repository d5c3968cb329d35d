namespace CareForAll.Statistics;

/// <summary>
/// One age band (or other standardisation category) of an area: the events counted, the population at
/// risk and the standard population that weights it.
/// </summary>
/// <remarks>Immutable. The count must be zero or more; both populations must be more than zero.</remarks>
public sealed record StandardisationBand
{
    public StandardisationBand(long count, double population, double standardPopulation)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A count must be zero or more.");
        }

        if (!(population > 0) || double.IsInfinity(population))
        {
            throw new ArgumentOutOfRangeException(nameof(population), population, "The population of a band must be more than zero.");
        }

        if (!(standardPopulation >= 0) || double.IsInfinity(standardPopulation))
        {
            throw new ArgumentOutOfRangeException(nameof(standardPopulation), standardPopulation, "A standard population must be zero or more.");
        }

        Count = count;
        Population = population;
        StandardPopulation = standardPopulation;
    }

    public long Count { get; }

    public double Population { get; }

    public double StandardPopulation { get; }
}
