using CareForAll.Core.Text;

namespace CareForAll.Core.Tests;

public sealed class Icd10CodeTests
{
    public static TheoryData<string, string, string> Valid => new()
    {
        { "I21.9", "I21.9", "I219" },
        { "I219", "I21.9", "I219" },
        { "i21.9", "I21.9", "I219" },
        { "I21", "I21", "I21" },
        { "R69X", "R69.X", "R69X" },
        { "R69.X", "R69.X", "R69X" },
        { "S72.00", "S72.00", "S7200" },
        { "C50.9X", "C50.9X", "C509X" },
    };

    public static TheoryData<string?, string> Invalid => new()
    {
        { null, "empty" },
        { "", "empty" },
        { "I2", "should be a letter, two digits" },
        { "121.9", "should be a letter, two digits" },
        { "IA1.9", "should be a letter, two digits" },
        { "I21.999", "should be a letter, two digits" },
        { "I21.9-", "should be a letter, two digits" },
        { "I2.19", "dot after its third character" },
        { "I21.", "dot after its third character" },
        { "I21..9", "dot after its third character" },
        { "I21.9.", "dot after its third character" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void BothSpellingsAreTheSameCode(string text, string dotted, string compact)
    {
        var code = Icd10CodePattern.Parse(text).GetValueOrThrow();
        Assert.Equal(dotted, code.ToString());
        Assert.Equal(compact, code.Compact);
        Assert.Equal(Icd10Code.Parse(compact), code);
        Assert.Equal(Icd10Code.Parse(dotted), code);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void RejectsBadShapesWithReason(string? text, string reason)
    {
        var result = Icd10CodePattern.Parse(text);
        Assert.False(result.Success);
        Assert.Contains(reason, result.ErrorMessage, StringComparison.Ordinal);
        Assert.False(EqualityContract.TryParseGeneric<Icd10Code>(text, out _));
    }

    [Fact]
    public void EqualityAndOrderingAreByTheCompactCode()
    {
        EqualityContract.AssertOrdered(Icd10Code.Parse("I21.9"), Icd10Code.Parse("I219"), Icd10Code.Parse("I22.0"));
        Assert.True(Icd10Code.Parse("I21") < Icd10Code.Parse("I21.0"));
        Assert.False(Icd10Code.Parse("I21") == null);
    }
}
