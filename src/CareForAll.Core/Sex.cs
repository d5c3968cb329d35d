using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using CareForAll.Core.Text;

namespace CareForAll.Core;

/// <summary>
/// A person's sex as recorded for reporting: <see cref="Female"/> or <see cref="Male"/>. The lake writes the letters
/// <c>F</c> and <c>M</c>; the NHS Data Dictionary (Person Stated Gender Code / Person Phenotypic Sex) codes male as 1
/// and female as 2. Other Data Dictionary codes (not known, not specified, indeterminate) are not values of this type.
/// </summary>
/// <remarks>
/// There are exactly two instances. Ordering follows the Data Dictionary code (male, then female).
/// Immutable and thread-safe.
/// </remarks>
public sealed class Sex
    : IEquatable<Sex>, IComparable<Sex>, IComparable, IComparisonOperators<Sex, Sex, bool>, IParsable<Sex>
{
    private Sex(int dataDictionaryCode, char letter)
    {
        DataDictionaryCode = dataDictionaryCode;
        Letter = letter;
    }

    /// <summary>Female: letter F, Data Dictionary code 2.</summary>
    public static Sex Female { get; } = new(2, 'F');

    /// <summary>Male: letter M, Data Dictionary code 1.</summary>
    public static Sex Male { get; } = new(1, 'M');

    /// <summary>The NHS Data Dictionary code: 1 male, 2 female.</summary>
    public int DataDictionaryCode { get; }

    /// <summary>The letter the lake stores: F or M.</summary>
    public char Letter { get; }

    /// <summary>The sex with Data Dictionary code 1 (male) or 2 (female); other codes throw <see cref="ArgumentOutOfRangeException"/>.</summary>
    public static Sex FromDataDictionaryCode(int code) =>
        Preconditions.CheckArgumentRange(nameof(code), code, 1, 2) == 1 ? Male : Female;

    /// <summary>Parses F, M (either case), 1 or 2; throws <see cref="FormatException"/> saying why not.</summary>
    public static Sex Parse(string text) => SexPattern.Parse(text).GetValueOrThrow();

    /// <inheritdoc cref="Parse(string)"/>
    public static Sex Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses like <see cref="Parse(string)"/> without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out Sex result) =>
        SexPattern.Parse(s).TryGetValue(out result);

    /// <summary>The lake letter, F or M.</summary>
    public override string ToString() => SexPattern.Format(this);

    public bool Equals(Sex? other) => other is not null && DataDictionaryCode == other.DataDictionaryCode;

    public override bool Equals(object? obj) => Equals(obj as Sex);

    public override int GetHashCode() => DataDictionaryCode;

    public int CompareTo(Sex? other) => other is null ? 1 : DataDictionaryCode.CompareTo(other.DataDictionaryCode);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Sex other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Sex)}.", nameof(obj)),
    };

    public static bool operator ==(Sex? left, Sex? right) => Equals(left, right);

    public static bool operator !=(Sex? left, Sex? right) => !Equals(left, right);

    public static bool operator <(Sex? left, Sex? right) => Comparer<Sex>.Default.Compare(left, right) < 0;

    public static bool operator <=(Sex? left, Sex? right) => Comparer<Sex>.Default.Compare(left, right) <= 0;

    public static bool operator >(Sex? left, Sex? right) => Comparer<Sex>.Default.Compare(left, right) > 0;

    public static bool operator >=(Sex? left, Sex? right) => Comparer<Sex>.Default.Compare(left, right) >= 0;
}
