namespace CareForAll.Statistics;

/// <summary>What a funnel plot compares: a proportion, a rate per unit of denominator, or an observed/expected ratio.</summary>
public enum FunnelKind
{
    /// <summary>numerator/denominator, a count of successes out of a count of trials; binomial limits.</summary>
    Proportion,

    /// <summary>numerator/denominator, a count over a person-time or population; Poisson limits.</summary>
    Rate,

    /// <summary>observed/expected (an indirectly standardised ratio such as the SHMI); Poisson limits on the expected count.</summary>
    Ratio,
}
