using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using CareForAll.Core.Text;

namespace CareForAll.Core;

/// <summary>
/// An ICD-10 diagnosis code: a letter, two digits, then up to two more letters or digits (the filler <c>X</c>
/// included, as in <c>R69X</c>). <c>I21.9</c> and <c>I219</c> are the same code; it is written with a dot after the
/// third character when it has four or more, and stored compact (as HES does).
/// </summary>
/// <remarks>Equality and ordering are ordinal on the compact upper-case code. Immutable and thread-safe.</remarks>
public sealed class Icd10Code
    : IEquatable<Icd10Code>, IComparable<Icd10Code>, IComparable, IComparisonOperators<Icd10Code, Icd10Code, bool>,
      IParsable<Icd10Code>
{
    private Icd10Code(string compact) => Compact = compact;

    /// <summary>The code without a dot, as the lake stores it, e.g. <c>I219</c>.</summary>
    public string Compact { get; }

    /// <summary>Parses <c>I21.9</c> or <c>I219</c> (either case); throws <see cref="FormatException"/> saying why not.</summary>
    public static Icd10Code Parse(string text) => Icd10CodePattern.Parse(text).GetValueOrThrow();

    /// <inheritdoc cref="Parse(string)"/>
    public static Icd10Code Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses like <see cref="Parse(string)"/> without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out Icd10Code result) =>
        Icd10CodePattern.Parse(s).TryGetValue(out result);

    /// <summary>A compact upper-case code already checked by the pattern.</summary>
    internal static Icd10Code FromCheckedCompact(string compact) => new(compact);

    /// <summary>The dotted form, e.g. <c>I21.9</c>.</summary>
    public override string ToString() => Icd10CodePattern.Format(this);

    public bool Equals(Icd10Code? other) => other is not null && string.Equals(Compact, other.Compact, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as Icd10Code);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Compact);

    public int CompareTo(Icd10Code? other) => other is null ? 1 : string.CompareOrdinal(Compact, other.Compact);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Icd10Code other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Icd10Code)}.", nameof(obj)),
    };

    public static bool operator ==(Icd10Code? left, Icd10Code? right) => Equals(left, right);

    public static bool operator !=(Icd10Code? left, Icd10Code? right) => !Equals(left, right);

    public static bool operator <(Icd10Code? left, Icd10Code? right) => Comparer<Icd10Code>.Default.Compare(left, right) < 0;

    public static bool operator <=(Icd10Code? left, Icd10Code? right) => Comparer<Icd10Code>.Default.Compare(left, right) <= 0;

    public static bool operator >(Icd10Code? left, Icd10Code? right) => Comparer<Icd10Code>.Default.Compare(left, right) > 0;

    public static bool operator >=(Icd10Code? left, Icd10Code? right) => Comparer<Icd10Code>.Default.Compare(left, right) >= 0;
}
