using CareForAll.Core.Text;

namespace CareForAll.Core.Tests;

public sealed class SexTests
{
    // Lake letters (docs/lake.md) and NHS Data Dictionary codes: 1 = male, 2 = female.
    public static TheoryData<string, string> Valid => new()
    {
        { "F", "F" },
        { "f", "F" },
        { "2", "F" },
        { "M", "M" },
        { "m", "M" },
        { "1", "M" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void ReadsLettersAndDataDictionaryCodes(string text, string letter) =>
        Assert.Equal(letter, SexPattern.Parse(text).Value.ToString());

    [Theory]
    [InlineData(null, "empty")]
    [InlineData("0", "not known, not specified or indeterminate")]
    [InlineData("9", "not known, not specified or indeterminate")]
    [InlineData("Female", "is not F, M, 1 (male) or 2 (female)")]
    [InlineData("3", "is not F, M, 1 (male) or 2 (female)")]
    public void RejectsOtherValuesWithReason(string? text, string reason)
    {
        var result = SexPattern.Parse(text);
        Assert.False(result.Success);
        Assert.Contains(reason, result.ErrorMessage, StringComparison.Ordinal);
        Assert.False(EqualityContract.TryParseGeneric<Sex>(text, out _));
    }

    [Fact]
    public void CodesAndLettersMatch()
    {
        Assert.Equal(1, Sex.Male.DataDictionaryCode);
        Assert.Equal(2, Sex.Female.DataDictionaryCode);
        Assert.Equal('M', Sex.Male.Letter);
        Assert.Equal('F', Sex.Female.Letter);
        Assert.Same(Sex.Female, Sex.FromDataDictionaryCode(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sex.FromDataDictionaryCode(9));
    }

    [Fact]
    public void EqualityAndOrderingFollowTheDataDictionaryCode() =>
        EqualityContract.AssertOrdered(Sex.Male, Sex.Parse("1"), Sex.Female);
}
