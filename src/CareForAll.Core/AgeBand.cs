using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using CareForAll.Core.Text;

namespace CareForAll.Core;

/// <summary>
/// One of the 19 five-year age bands of the 2013 European Standard Population: <c>0-4</c>, <c>5-9</c>, …,
/// <c>85-89</c>, <c>90+</c>, with the band's standard population weight per 100,000.
/// Source: Eurostat, "Revision of the European Standard Population: report of Eurostat's task force" (Methodologies and Working Papers, 2013 edition).
/// </summary>
/// <remarks>
/// Equality and ordering follow the ages covered (0-4 first, 90+ last). The default value is <c>0-4</c>.
/// Immutable and thread-safe.
/// </remarks>
public readonly struct AgeBand
    : IEquatable<AgeBand>, IComparable<AgeBand>, IComparable, IComparisonOperators<AgeBand, AgeBand, bool>,
      IParsable<AgeBand>
{
    /// <summary>The number of bands.</summary>
    public const int Count = 19;

    private const int Width = 5;

    private static readonly int[] StandardPopulation2013 =
    [
        5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000,
    ];

    private readonly int index;

    private AgeBand(int index) => this.index = index;

    /// <summary>All 19 bands from <c>0-4</c> to <c>90+</c>, in order.</summary>
    public static IReadOnlyList<AgeBand> All { get; } = Array.AsReadOnly(Enumerable.Range(0, Count).Select(i => new AgeBand(i)).ToArray());

    /// <summary>The youngest age in the band.</summary>
    public int LowerAge => index * Width;

    /// <summary>The oldest age in the band, or null for the open band <c>90+</c>.</summary>
    public int? UpperAge => index == Count - 1 ? null : (index * Width) + Width - 1;

    /// <summary>The band's weight in the 2013 European Standard Population (the 19 weights sum to 100,000).</summary>
    public int EuropeanStandardPopulation2013 => StandardPopulation2013[index];

    /// <summary>The band holding an age in completed years; a negative age throws <see cref="ArgumentOutOfRangeException"/>.</summary>
    public static AgeBand ForAge(int age)
    {
        Preconditions.CheckArgumentRange(nameof(age), age, 0, int.MaxValue);
        return new AgeBand(Math.Min(age / Width, Count - 1));
    }

    /// <summary>
    /// Age in completed years on a date. A birthday counts on the day; someone born on 29 February becomes a year older
    /// on 1 March in years without a 29 February. A date before the birth throws <see cref="ArgumentException"/>.
    /// </summary>
    public static int AgeAt(DateOnly birthDate, DateOnly date)
    {
        Preconditions.CheckArgument(date >= birthDate, nameof(date), $"The date {date:yyyy-MM-dd} is before the birth date {birthDate:yyyy-MM-dd}.");
        var age = date.Year - birthDate.Year;
        var birthdayNotYetReached = date.Month < birthDate.Month || (date.Month == birthDate.Month && date.Day < birthDate.Day);
        return birthdayNotYetReached ? age - 1 : age;
    }

    /// <summary>Parses a label such as <c>0-4</c> or <c>90+</c>; throws <see cref="FormatException"/> saying why not.</summary>
    public static AgeBand Parse(string text) => AgeBandPattern.Parse(text).GetValueOrThrow();

    /// <inheritdoc cref="Parse(string)"/>
    public static AgeBand Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses like <see cref="Parse(string)"/> without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out AgeBand result) =>
        AgeBandPattern.Parse(s).TryGetValue(out result);

    /// <summary>The label, e.g. <c>85-89</c> or <c>90+</c>.</summary>
    public override string ToString() => AgeBandPattern.Format(this);

    public bool Equals(AgeBand other) => index == other.index;

    public override bool Equals(object? obj) => obj is AgeBand other && Equals(other);

    public override int GetHashCode() => index;

    public int CompareTo(AgeBand other) => index.CompareTo(other.index);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        AgeBand other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(AgeBand)}.", nameof(obj)),
    };

    public static bool operator ==(AgeBand left, AgeBand right) => left.Equals(right);

    public static bool operator !=(AgeBand left, AgeBand right) => !left.Equals(right);

    public static bool operator <(AgeBand left, AgeBand right) => left.CompareTo(right) < 0;

    public static bool operator <=(AgeBand left, AgeBand right) => left.CompareTo(right) <= 0;

    public static bool operator >(AgeBand left, AgeBand right) => left.CompareTo(right) > 0;

    public static bool operator >=(AgeBand left, AgeBand right) => left.CompareTo(right) >= 0;
}
