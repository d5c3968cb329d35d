using CareForAll.Core.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareForAll.Core.Tests;

public sealed class NhsNumberTests
{
    // Worked check digit (NHS Data Dictionary, NHS Number, Modulus 11): for 943476591 the weighted sum is
    // 9×10 + 4×9 + 3×8 + 4×7 + 7×6 + 6×5 + 5×4 + 9×3 + 1×2 = 299; 299 mod 11 = 2; 11 − 2 = 9, so 9434765919.
    public static TheoryData<string, string> Valid => new()
    {
        { "9434765919", "943 476 5919" },
        { "943 476 5919", "943 476 5919" },
        { "943-476-5919", "943 476 5919" },
        { "4010232137", "401 023 2137" },
        { "0000000000", "000 000 0000" },
    };

    public static TheoryData<string?, string> Invalid => new()
    {
        { null, "empty" },
        { "", "empty" },
        { "9434765918", "Modulus 11 check: the last digit should be 9" },
        { "4010232138", "the last digit should be 7" },
        { "1000000010", "no check digit exists" },
        { "943476591", "not ten digits" },
        { "94347659190", "not ten digits" },
        { "943 4765919", "not ten digits" },
        { "943-476 5919", "not ten digits" },
        { "94 3476 5919", "not ten digits" },
        { " 9434765919", "not ten digits" },
        { "943476591X", "not ten digits" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void ParsesDigitsOrGroupsAndFormatsInGroups(string text, string formatted)
    {
        var number = NhsNumberPattern.Parse(text).GetValueOrThrow();
        Assert.Equal(formatted, number.ToString());
        Assert.Equal(formatted.Replace(" ", "", StringComparison.Ordinal), number.Digits);
        Assert.Equal(number, NhsNumber.Parse(number.ToString()));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void RejectsWithReason(string? text, string reason)
    {
        var result = NhsNumberPattern.Parse(text);
        Assert.False(result.Success);
        Assert.Contains(reason, result.ErrorMessage, StringComparison.Ordinal);
        Assert.False(EqualityContract.TryParseGeneric<NhsNumber>(text, out _));
        var thrown = Assert.Throws<FormatException>(() => NhsNumber.Parse(text!));
        Assert.Contains(reason, thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromDigitsTakesTenDigitsOnly()
    {
        Assert.Equal("943 476 5919", NhsNumber.FromDigits("9434765919").ToString());
        var spaced = Assert.Throws<ArgumentException>(() => NhsNumber.FromDigits("943 476 5919"));
        Assert.Equal("digits", spaced.ParamName);
        var badCheck = Assert.Throws<ArgumentException>(() => NhsNumber.FromDigits("9434765918"));
        Assert.Contains("Modulus 11", badCheck.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreateFromNineDigitsAppendsTheCheckDigit()
    {
        Assert.True(NhsNumber.TryCreateFromNineDigits(943476591, out var number));
        Assert.Equal(NhsNumber.FromDigits("9434765919"), number);
        Assert.True(NhsNumber.TryCreateFromNineDigits(401023213, out var leadingFour));
        Assert.Equal("401 023 2137", leadingFour.ToString());
        Assert.False(NhsNumber.TryCreateFromNineDigits(100000001, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => NhsNumber.TryCreateFromNineDigits(1_000_000_000, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => NhsNumber.TryCreateFromNineDigits(-1, out _));
    }

    [Theory]
    [InlineData("9434765919")]
    [InlineData("4010232137")]
    public void EverySingleDigitChangeOfAKnownNumberIsRejected(string digits) =>
        Assert.Empty(AcceptedSingleDigitChanges(digits));

    [Property(MaxTest = 500)]
    public Property GeneratedValidNumbersAreAccepted() =>
        Prop.ForAll(ValidDigits().ToArbitrary(), digits =>
        {
            var parsed = NhsNumberPattern.Parse(digits);
            NhsNumber.TryCreateFromNineDigits(int.Parse(digits[..9], System.Globalization.CultureInfo.InvariantCulture), out var created);
            return parsed.Success && parsed.Value.Digits == digits && created == parsed.Value;
        });

    [Property(MaxTest = 200)]
    public Property EverySingleDigitChangeOfAGeneratedNumberIsRejected() =>
        Prop.ForAll(ValidDigits().ToArbitrary(), digits => AcceptedSingleDigitChanges(digits).Count == 0);

    [Fact]
    public void DefaultIsAllZeros() => Assert.Equal("000 000 0000", default(NhsNumber).ToString());

    [Fact]
    public void EqualityAndOrderingFollowTheDigits() =>
        EqualityContract.AssertOrdered(
            NhsNumber.Parse("4010232137"), NhsNumber.Parse("401 023 2137"), NhsNumber.Parse("9434765919"));

    /// <summary>Nine random digits and their Modulus 11 check digit, computed here from the Data Dictionary rule.</summary>
    private static Gen<string> ValidDigits() =>
        Gen.ArrayOf(Gen.Choose(0, 9), 9)
            .Select(nine => (nine, check: 11 - (nine.Select((digit, i) => digit * (10 - i)).Sum() % 11)))
            .Where(pair => pair.check != 10)
            .Select(pair => string.Concat(pair.nine) + (pair.check == 11 ? 0 : pair.check));

    /// <summary>The numbers made by changing one digit (every position, every other digit) that still parse.</summary>
    private static List<string> AcceptedSingleDigitChanges(string digits)
    {
        var accepted = new List<string>();
        for (var position = 0; position < 10; position++)
        {
            foreach (var replacement in "0123456789".Where(c => c != digits[position]))
            {
                var changed = string.Concat(digits.AsSpan(0, position), replacement.ToString(), digits.AsSpan(position + 1));
                if (NhsNumberPattern.Parse(changed).Success)
                {
                    accepted.Add(changed);
                }
            }
        }

        return accepted;
    }
}
