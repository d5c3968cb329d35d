using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using CareForAll.Core.Text;

namespace CareForAll.Core;

/// <summary>
/// The identifier of a SNOMED CT concept (an SCTID such as <c>22298006</c>, myocardial infarction): 6 to 18 digits
/// with no leading zero, whose second- and third-last digits are the concept partition (<c>00</c>, or <c>10</c> for
/// an extension concept with a namespace) and whose last digit is a Verhoeff check digit.
/// Source: SNOMED International, "SNOMED CT Technical Implementation Guide", section on SCTID data type
/// (partition identifier and Verhoeff check digit); Verhoeff, "Error Detecting Decimal Codes" (1969).
/// </summary>
/// <remarks>Equality and ordering are by the number. Immutable and thread-safe.</remarks>
public sealed class SnomedConceptId
    : IEquatable<SnomedConceptId>, IComparable<SnomedConceptId>, IComparable,
      IComparisonOperators<SnomedConceptId, SnomedConceptId, bool>, IParsable<SnomedConceptId>
{
    // Verhoeff's tables: multiplication in the dihedral group D5, and the position permutation (row i is row 1 applied i times).
    private static readonly byte[,] Multiplication =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 },
        { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 },
        { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 },
        { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 },
        { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 },
        { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
        { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 },
        { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 },
        { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 },
        { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 },
    };

    private static readonly byte[,] Permutation =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 },
        { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 },
        { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 },
        { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 },
        { 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 },
        { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 },
        { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 },
        { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 },
    };

    private SnomedConceptId(long value) => Value = value;

    /// <summary>The identifier as a number.</summary>
    public long Value { get; }

    /// <summary>The concept with this identifier; throws <see cref="ArgumentException"/> saying why it is not a concept id.</summary>
    public static SnomedConceptId FromInt64(long value)
    {
        var problem = ProblemWith(value);
        Preconditions.CheckArgument(problem is null, nameof(value), problem!);
        return new SnomedConceptId(value);
    }

    /// <summary>Parses the digits of a concept id; throws <see cref="FormatException"/> saying why not.</summary>
    public static SnomedConceptId Parse(string text) => SnomedConceptIdPattern.Parse(text).GetValueOrThrow();

    /// <inheritdoc cref="Parse(string)"/>
    public static SnomedConceptId Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses like <see cref="Parse(string)"/> without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out SnomedConceptId result) =>
        SnomedConceptIdPattern.Parse(s).TryGetValue(out result);

    /// <summary>True when the digits, read right to left from the check digit, pass Verhoeff's check.</summary>
    internal static bool PassesVerhoeffCheck(long value)
    {
        var check = 0;
        for (var position = 0; value > 0; position++, value /= 10)
        {
            check = Multiplication[check, Permutation[position % 8, (int)(value % 10)]];
        }

        return check == 0;
    }

    /// <summary>Why a number is not a concept id, or null when it is one.</summary>
    internal static string? ProblemWith(long value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (value <= 0 || text.Length is < 6 or > 18)
        {
            return $"SNOMED CT concept id '{text}' should have 6 to 18 digits and no leading zero.";
        }

        var partition = text.Substring(text.Length - 3, 2);
        if (partition is not ("00" or "10"))
        {
            return $"SNOMED CT id '{text}' has partition {partition}, which is not a concept's (00 or 10).";
        }

        return PassesVerhoeffCheck(value) ? null : $"SNOMED CT concept id '{text}' fails the Verhoeff check digit.";
    }

    /// <summary>A checked id.</summary>
    internal static SnomedConceptId FromCheckedValue(long value) => new(value);

    /// <summary>The digits, e.g. <c>22298006</c>.</summary>
    public override string ToString() => SnomedConceptIdPattern.Format(this);

    public bool Equals(SnomedConceptId? other) => other is not null && Value == other.Value;

    public override bool Equals(object? obj) => Equals(obj as SnomedConceptId);

    public override int GetHashCode() => Value.GetHashCode();

    public int CompareTo(SnomedConceptId? other) => other is null ? 1 : Value.CompareTo(other.Value);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        SnomedConceptId other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(SnomedConceptId)}.", nameof(obj)),
    };

    public static bool operator ==(SnomedConceptId? left, SnomedConceptId? right) => Equals(left, right);

    public static bool operator !=(SnomedConceptId? left, SnomedConceptId? right) => !Equals(left, right);

    public static bool operator <(SnomedConceptId? left, SnomedConceptId? right) => Comparer<SnomedConceptId>.Default.Compare(left, right) < 0;

    public static bool operator <=(SnomedConceptId? left, SnomedConceptId? right) => Comparer<SnomedConceptId>.Default.Compare(left, right) <= 0;

    public static bool operator >(SnomedConceptId? left, SnomedConceptId? right) => Comparer<SnomedConceptId>.Default.Compare(left, right) > 0;

    public static bool operator >=(SnomedConceptId? left, SnomedConceptId? right) => Comparer<SnomedConceptId>.Default.Compare(left, right) >= 0;
}
