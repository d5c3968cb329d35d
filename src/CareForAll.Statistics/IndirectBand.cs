namespace CareForAll.Statistics;

/// <summary>
/// One age band (or other category) for indirect standardisation: the area's observed count and
/// population, and the reference (for example national) count and population that give the band's
/// reference rate.
/// </summary>
/// <remarks>Immutable. Counts and the area population must be zero or more; the reference population more than zero.</remarks>
public sealed record IndirectBand
{
    public IndirectBand(long count, double population, long referenceCount, double referencePopulation)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A count must be zero or more.");
        }

        if (!(population >= 0) || double.IsInfinity(population))
        {
            throw new ArgumentOutOfRangeException(nameof(population), population, "A population must be zero or more.");
        }

        if (referenceCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(referenceCount), referenceCount, "A reference count must be zero or more.");
        }

        if (!(referencePopulation > 0) || double.IsInfinity(referencePopulation))
        {
            throw new ArgumentOutOfRangeException(nameof(referencePopulation), referencePopulation, "The reference population of a band must be more than zero.");
        }

        Count = count;
        Population = population;
        ReferenceCount = referenceCount;
        ReferencePopulation = referencePopulation;
    }

    public long Count { get; }

    public double Population { get; }

    public long ReferenceCount { get; }

    public double ReferencePopulation { get; }

    /// <summary>The events expected in the area at the reference rate: reference count / reference population × population.</summary>
    public double Expected => ReferenceCount / ReferencePopulation * Population;
}
