namespace CareForAll.Statistics;

/// <summary>
/// For events that one person can have more than once (admissions, for example): in one age band, the
/// number of persons who had exactly <see cref="EventsPerPerson"/> events, with the band's population
/// and standard population. An area is described by one row per band and events-per-person value.
/// </summary>
/// <remarks>Immutable. Rows of the same band must carry the same population and standard population.</remarks>
public sealed record RepeatEventBand
{
    public RepeatEventBand(string ageBand, int eventsPerPerson, long persons, double population, double standardPopulation)
    {
        ArgumentNullException.ThrowIfNull(ageBand);
        if (eventsPerPerson < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(eventsPerPerson), eventsPerPerson, "Events per person must be 1 or more.");
        }

        if (persons < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(persons), persons, "A number of persons must be zero or more.");
        }

        if (!(population > 0) || double.IsInfinity(population))
        {
            throw new ArgumentOutOfRangeException(nameof(population), population, "The population of a band must be more than zero.");
        }

        if (!(standardPopulation >= 0) || double.IsInfinity(standardPopulation))
        {
            throw new ArgumentOutOfRangeException(nameof(standardPopulation), standardPopulation, "A standard population must be zero or more.");
        }

        AgeBand = ageBand;
        EventsPerPerson = eventsPerPerson;
        Persons = persons;
        Population = population;
        StandardPopulation = standardPopulation;
    }

    public string AgeBand { get; }

    public int EventsPerPerson { get; }

    public long Persons { get; }

    public double Population { get; }

    public double StandardPopulation { get; }
}
