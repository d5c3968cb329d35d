using System.Numerics;

namespace CareForAll.Core.Tests;

/// <summary>Checks the equality and ordering contract every Core value type promises.</summary>
internal static class EqualityContract
{
    /// <summary>
    /// Asserts that <paramref name="value"/> equals <paramref name="equalValue"/> (a separately made copy) and sorts
    /// before <paramref name="greaterValue"/>, through Equals, GetHashCode, CompareTo and all six operators.
    /// </summary>
    public static void AssertOrdered<T>(T value, T equalValue, T greaterValue)
        where T : IEquatable<T>, IComparable<T>, IComparable, IComparisonOperators<T, T, bool>
    {
        Assert.True(value.Equals(equalValue));
        Assert.True(value.Equals((object)equalValue));
        Assert.Equal(value.GetHashCode(), equalValue.GetHashCode());
        Assert.True(value == equalValue);
        Assert.False(value != equalValue);
        Assert.Equal(0, value.CompareTo(equalValue));
        Assert.True(value <= equalValue);
        Assert.True(value >= equalValue);
        Assert.False(value < equalValue);
        Assert.False(value > equalValue);

        Assert.False(value.Equals(greaterValue));
        Assert.False(value.Equals((object)greaterValue));
        Assert.False(value == greaterValue);
        Assert.True(value != greaterValue);
        Assert.True(value.CompareTo(greaterValue) < 0);
        Assert.True(greaterValue.CompareTo(value) > 0);
        Assert.True(((IComparable)value).CompareTo(greaterValue) < 0);
        Assert.True(((IComparable)value).CompareTo(null) > 0);
        Assert.Throws<ArgumentException>(() => ((IComparable)value).CompareTo("not a value"));
        Assert.True(value < greaterValue);
        Assert.True(value <= greaterValue);
        Assert.False(value > greaterValue);
        Assert.False(value >= greaterValue);
        Assert.False(value.Equals((object?)null));
    }

    /// <summary>Parses through the generic <see cref="IParsable{TSelf}"/> members, as model binding does.</summary>
    public static bool TryParseGeneric<T>(string? text, out T? value)
        where T : IParsable<T> =>
        T.TryParse(text, null, out value);
}
