using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using CareForAll.Core.Text;

namespace CareForAll.Core;

/// <summary>
/// An Organisation Data Service code (trust <c>RXH</c>, site <c>RXH01</c>, practice <c>A12345</c>): three to six
/// letters or digits, held in upper case.
/// </summary>
/// <remarks>Equality and ordering are ordinal on the upper-case code. Immutable and thread-safe.</remarks>
public sealed class OdsCode
    : IEquatable<OdsCode>, IComparable<OdsCode>, IComparable, IComparisonOperators<OdsCode, OdsCode, bool>,
      IParsable<OdsCode>
{
    private readonly string code;

    private OdsCode(string code) => this.code = code;

    /// <summary>Parses a code, upper-casing it; throws <see cref="FormatException"/> saying why it is not one.</summary>
    public static OdsCode Parse(string text) => OdsCodePattern.Parse(text).GetValueOrThrow();

    /// <inheritdoc cref="Parse(string)"/>
    public static OdsCode Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses like <see cref="Parse(string)"/> without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out OdsCode result) =>
        OdsCodePattern.Parse(s).TryGetValue(out result);

    /// <summary>A code already checked and upper-cased by the pattern.</summary>
    internal static OdsCode FromCheckedText(string code) => new(code);

    /// <summary>The upper-case code.</summary>
    public override string ToString() => OdsCodePattern.Format(this);

    internal string Code => code;

    public bool Equals(OdsCode? other) => other is not null && string.Equals(code, other.code, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as OdsCode);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(code);

    public int CompareTo(OdsCode? other) => other is null ? 1 : string.CompareOrdinal(code, other.code);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        OdsCode other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(OdsCode)}.", nameof(obj)),
    };

    public static bool operator ==(OdsCode? left, OdsCode? right) => Equals(left, right);

    public static bool operator !=(OdsCode? left, OdsCode? right) => !Equals(left, right);

    public static bool operator <(OdsCode? left, OdsCode? right) => Comparer<OdsCode>.Default.Compare(left, right) < 0;

    public static bool operator <=(OdsCode? left, OdsCode? right) => Comparer<OdsCode>.Default.Compare(left, right) <= 0;

    public static bool operator >(OdsCode? left, OdsCode? right) => Comparer<OdsCode>.Default.Compare(left, right) > 0;

    public static bool operator >=(OdsCode? left, OdsCode? right) => Comparer<OdsCode>.Default.Compare(left, right) >= 0;
}
