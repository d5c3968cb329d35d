using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using CareForAll.Core.Text;

namespace CareForAll.Core;

/// <summary>
/// An OPCS-4 procedure code: a letter and three digits. <c>W37.1</c> and <c>W371</c> are the same code; it is written
/// with a dot after the third character and stored compact (as HES does).
/// </summary>
/// <remarks>Equality and ordering are ordinal on the compact upper-case code. Immutable and thread-safe.</remarks>
public sealed class Opcs4Code
    : IEquatable<Opcs4Code>, IComparable<Opcs4Code>, IComparable, IComparisonOperators<Opcs4Code, Opcs4Code, bool>,
      IParsable<Opcs4Code>
{
    private Opcs4Code(string compact) => Compact = compact;

    /// <summary>The code without a dot, as the lake stores it, e.g. <c>W371</c>.</summary>
    public string Compact { get; }

    /// <summary>Parses <c>W37.1</c> or <c>W371</c> (either case); throws <see cref="FormatException"/> saying why not.</summary>
    public static Opcs4Code Parse(string text) => Opcs4CodePattern.Parse(text).GetValueOrThrow();

    /// <inheritdoc cref="Parse(string)"/>
    public static Opcs4Code Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses like <see cref="Parse(string)"/> without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out Opcs4Code result) =>
        Opcs4CodePattern.Parse(s).TryGetValue(out result);

    /// <summary>A compact upper-case code already checked by the pattern.</summary>
    internal static Opcs4Code FromCheckedCompact(string compact) => new(compact);

    /// <summary>The dotted form, e.g. <c>W37.1</c>.</summary>
    public override string ToString() => Opcs4CodePattern.Format(this);

    public bool Equals(Opcs4Code? other) => other is not null && string.Equals(Compact, other.Compact, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as Opcs4Code);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Compact);

    public int CompareTo(Opcs4Code? other) => other is null ? 1 : string.CompareOrdinal(Compact, other.Compact);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Opcs4Code other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Opcs4Code)}.", nameof(obj)),
    };

    public static bool operator ==(Opcs4Code? left, Opcs4Code? right) => Equals(left, right);

    public static bool operator !=(Opcs4Code? left, Opcs4Code? right) => !Equals(left, right);

    public static bool operator <(Opcs4Code? left, Opcs4Code? right) => Comparer<Opcs4Code>.Default.Compare(left, right) < 0;

    public static bool operator <=(Opcs4Code? left, Opcs4Code? right) => Comparer<Opcs4Code>.Default.Compare(left, right) <= 0;

    public static bool operator >(Opcs4Code? left, Opcs4Code? right) => Comparer<Opcs4Code>.Default.Compare(left, right) > 0;

    public static bool operator >=(Opcs4Code? left, Opcs4Code? right) => Comparer<Opcs4Code>.Default.Compare(left, right) >= 0;
}
