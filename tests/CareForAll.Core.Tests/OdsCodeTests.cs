using CareForAll.Core.Text;

namespace CareForAll.Core.Tests;

public sealed class OdsCodeTests
{
    public static TheoryData<string, string> Valid => new()
    {
        { "RXH", "RXH" },
        { "rxh", "RXH" },
        { "RXH01", "RXH01" },
        { "A12345", "A12345" },
        { "Y56", "Y56" },
    };

    public static TheoryData<string?, string> Invalid => new()
    {
        { null, "empty" },
        { "", "empty" },
        { "RX", "has 2 characters; it should have 3 to 6" },
        { "A123456", "has 7 characters; it should have 3 to 6" },
        { "RX-H", "only letters and digits" },
        { "RX H", "only letters and digits" },
        { "RXÉ", "only letters and digits" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void AcceptsCodesAndUpperCasesThem(string text, string expected)
    {
        var code = OdsCodePattern.Parse(text).GetValueOrThrow();
        Assert.Equal(expected, code.ToString());
        Assert.Equal(OdsCode.Parse(expected), code);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void RejectsWithReason(string? text, string reason)
    {
        var result = OdsCodePattern.Parse(text);
        Assert.False(result.Success);
        Assert.Contains(reason, result.ErrorMessage, StringComparison.Ordinal);
        Assert.False(EqualityContract.TryParseGeneric<OdsCode>(text, out _));
    }

    [Fact]
    public void EqualityAndOrderingAreOrdinalOnTheUpperCaseCode() =>
        EqualityContract.AssertOrdered(OdsCode.Parse("rxh"), OdsCode.Parse("RXH"), OdsCode.Parse("RXH01"));
}
