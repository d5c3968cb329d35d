namespace CareForAll.Statistics;

/// <summary>
/// One unit's counts for a funnel plot: numerator and denominator (for a ratio, observed and expected).
/// The numerator is zero or more; the denominator is positive; for a proportion both are whole and numerator ≤ denominator.
/// </summary>
/// <remarks>Immutable; equality is by value.</remarks>
public sealed record FunnelUnit
{
    /// <summary>Creates a unit; throws <see cref="ArgumentOutOfRangeException"/> for a negative numerator or a denominator that is not positive.</summary>
    public FunnelUnit(string name, double numerator, double denominator)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!(numerator >= 0) || !double.IsFinite(numerator))
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator, $"Unit {name}: the numerator must be zero or more.");
        }

        if (!(denominator > 0) || !double.IsFinite(denominator))
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, $"Unit {name}: the denominator must be more than zero.");
        }

        Name = name;
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>The unit's name or code.</summary>
    public string Name { get; }

    /// <summary>Events (for a ratio, the observed count).</summary>
    public double Numerator { get; }

    /// <summary>Trials, population or person-time (for a ratio, the expected count).</summary>
    public double Denominator { get; }
}
