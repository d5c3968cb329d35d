using CareForAll.Core.Text;

namespace CareForAll.Core.Tests;

public sealed class ParseResultTests
{
    [Fact]
    public void FailureCarriesItsReasonAndThrowsOnlyWhenTheValueIsAskedFor()
    {
        var result = OdsCodePattern.Parse("R");
        Assert.False(result.Success);
        Assert.False(result.TryGetValue(out var value));
        Assert.Null(value);
        var thrown = Assert.Throws<FormatException>(result.GetValueOrThrow);
        Assert.Equal(result.ErrorMessage, thrown.Message);
        Assert.Throws<FormatException>(() => result.Value);
        Assert.Equal(result.ErrorMessage, result.ToString());
    }

    [Fact]
    public void SuccessHasTheValueAndNoMessage()
    {
        var result = OdsCodePattern.Parse("RXH");
        Assert.True(result.Success);
        Assert.Null(result.ErrorMessage);
        Assert.True(result.TryGetValue(out var value));
        Assert.Equal("RXH", value.ToString());
        Assert.Equal("RXH", result.ToString());
    }
}
