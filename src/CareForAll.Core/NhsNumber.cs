using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using CareForAll.Core.Text;

namespace CareForAll.Core;

/// <summary>
/// An NHS number: ten digits whose last digit is a Modulus 11 check digit over the first nine
/// (weights 10 down to 2; check = 11 − (sum mod 11); 11 becomes 0; 10 means no valid number has those nine digits).
/// Written <c>943 476 5919</c>. Source: NHS Data Dictionary, "NHS Number" (check digit algorithm).
/// </summary>
/// <remarks>
/// Equality and ordering are by the ten digits. The default value is <c>000 000 0000</c>, which passes the check
/// but is never issued. Immutable and thread-safe.
/// </remarks>
public readonly struct NhsNumber
    : IEquatable<NhsNumber>, IComparable<NhsNumber>, IComparable, IComparisonOperators<NhsNumber, NhsNumber, bool>,
      IParsable<NhsNumber>
{
    private const int LargestNineDigits = 999_999_999;

    private readonly long digits;

    private NhsNumber(long digits) => this.digits = digits;

    /// <summary>The ten digits with no separators, e.g. <c>9434765919</c>.</summary>
    public string Digits => digits.ToString("D10", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The number from exactly ten digits; throws <see cref="ArgumentException"/> saying why they are not valid.</summary>
    public static NhsNumber FromDigits(string digits) =>
        Preconditions.CheckParsed(NhsNumberPattern.ParseDigits(digits), nameof(digits));

    /// <summary>
    /// Appends the check digit to nine digits (0 to 999,999,999, leading zeros implied). Returns false when the
    /// check digit would be 10, since no NHS number starts with those nine digits.
    /// </summary>
    public static bool TryCreateFromNineDigits(int firstNineDigits, out NhsNumber number)
    {
        Preconditions.CheckArgumentRange(nameof(firstNineDigits), firstNineDigits, 0, LargestNineDigits);
        var check = CheckDigitFor(firstNineDigits);
        number = check == 10 ? default : new NhsNumber((firstNineDigits * 10L) + check);
        return check != 10;
    }

    /// <summary>Parses <c>9434765919</c>, <c>943 476 5919</c> or <c>943-476-5919</c>; throws <see cref="FormatException"/> saying why not.</summary>
    public static NhsNumber Parse(string text) => NhsNumberPattern.Parse(text).GetValueOrThrow();

    /// <inheritdoc cref="Parse(string)"/>
    public static NhsNumber Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses like <see cref="Parse(string)"/> without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out NhsNumber result) =>
        NhsNumberPattern.Parse(s).TryGetValue(out result);

    /// <summary>The Modulus 11 check digit (0 to 10) for nine digits held as a number.</summary>
    internal static int CheckDigitFor(long firstNineDigits)
    {
        var sum = 0L;
        for (var weight = 2; weight <= 10; weight++)
        {
            sum += weight * (firstNineDigits % 10);
            firstNineDigits /= 10;
        }

        var check = 11 - (int)(sum % 11);
        return check == 11 ? 0 : check;
    }

    /// <summary>A number whose check digit has already been verified.</summary>
    internal static NhsNumber FromCheckedDigits(long digits) => new(digits);

    /// <summary>Formats as <c>943 476 5919</c>.</summary>
    public override string ToString() => NhsNumberPattern.Format(this);

    public bool Equals(NhsNumber other) => digits == other.digits;

    public override bool Equals(object? obj) => obj is NhsNumber other && Equals(other);

    public override int GetHashCode() => digits.GetHashCode();

    public int CompareTo(NhsNumber other) => digits.CompareTo(other.digits);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        NhsNumber other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(NhsNumber)}.", nameof(obj)),
    };

    public static bool operator ==(NhsNumber left, NhsNumber right) => left.Equals(right);

    public static bool operator !=(NhsNumber left, NhsNumber right) => !left.Equals(right);

    public static bool operator <(NhsNumber left, NhsNumber right) => left.CompareTo(right) < 0;

    public static bool operator <=(NhsNumber left, NhsNumber right) => left.CompareTo(right) <= 0;

    public static bool operator >(NhsNumber left, NhsNumber right) => left.CompareTo(right) > 0;

    public static bool operator >=(NhsNumber left, NhsNumber right) => left.CompareTo(right) >= 0;
}
