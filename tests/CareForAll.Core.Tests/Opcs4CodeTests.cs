using CareForAll.Core.Text;

namespace CareForAll.Core.Tests;

public sealed class Opcs4CodeTests
{
    public static TheoryData<string, string, string> Valid => new()
    {
        { "W37.1", "W37.1", "W371" },
        { "W371", "W37.1", "W371" },
        { "w37.1", "W37.1", "W371" },
        { "K40.1", "K40.1", "K401" },
    };

    public static TheoryData<string?, string> Invalid => new()
    {
        { null, "empty" },
        { "W37", "a letter and three digits" },
        { "W37.11", "a letter and three digits" },
        { "W3A.1", "a letter and three digits" },
        { "137.1", "a letter and three digits" },
        { "W3.71", "dot after its third character" },
        { "W37.", "dot after its third character" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void BothSpellingsAreTheSameCode(string text, string dotted, string compact)
    {
        var code = Opcs4CodePattern.Parse(text).GetValueOrThrow();
        Assert.Equal(dotted, code.ToString());
        Assert.Equal(compact, code.Compact);
        Assert.Equal(Opcs4Code.Parse(compact), code);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void RejectsBadShapesWithReason(string? text, string reason)
    {
        var result = Opcs4CodePattern.Parse(text);
        Assert.False(result.Success);
        Assert.Contains(reason, result.ErrorMessage, StringComparison.Ordinal);
        Assert.False(EqualityContract.TryParseGeneric<Opcs4Code>(text, out _));
    }

    [Fact]
    public void EqualityAndOrderingAreByTheCompactCode() =>
        EqualityContract.AssertOrdered(Opcs4Code.Parse("W37.1"), Opcs4Code.Parse("W371"), Opcs4Code.Parse("W38.1"));
}
