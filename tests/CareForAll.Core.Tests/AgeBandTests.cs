using CareForAll.Core.Text;

namespace CareForAll.Core.Tests;

public sealed class AgeBandTests
{
    public static TheoryData<int, string> AgesAndBands => new()
    {
        { 0, "0-4" },
        { 4, "0-4" },
        { 5, "5-9" },
        { 44, "40-44" },
        { 84, "80-84" },
        { 85, "85-89" },
        { 89, "85-89" },
        { 90, "90+" },
        { 104, "90+" },
    };

    public static TheoryData<string, string, int> BirthDatesAndAges => new()
    {
        { "1960-06-15", "2008-06-14", 47 },
        { "1960-06-15", "2008-06-15", 48 },
        { "2000-01-01", "2000-01-01", 0 },
        { "2000-02-29", "2001-02-28", 0 },
        { "2000-02-29", "2001-03-01", 1 },
        { "2000-02-29", "2004-02-28", 3 },
        { "2000-02-29", "2004-02-29", 4 },
        { "1918-12-31", "2008-12-31", 90 },
        { "1918-12-31", "2008-12-30", 89 },
    };

    [Theory]
    [MemberData(nameof(AgesAndBands))]
    public void ForAgeFindsTheFiveYearBand(int age, string label)
    {
        var band = AgeBand.ForAge(age);
        Assert.Equal(label, band.ToString());
        Assert.True(band.LowerAge <= age && (band.UpperAge is null || age <= band.UpperAge));
        Assert.Equal(band, AgeBandPattern.Parse(label).Value);
    }

    [Theory]
    [MemberData(nameof(BirthDatesAndAges))]
    public void AgeAtCountsCompletedYears(string birth, string on, int age) =>
        Assert.Equal(
            age,
            AgeBand.AgeAt(
                DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture),
                DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void NegativeAgesAndDatesBeforeBirthAreRejected()
    {
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => AgeBand.ForAge(-1));
        Assert.Equal("age", negative.ParamName);
        var beforeBirth = Assert.Throws<ArgumentException>(() => AgeBand.AgeAt(new DateOnly(2000, 1, 2), new DateOnly(2000, 1, 1)));
        Assert.Contains("before the birth date", beforeBirth.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllHasNineteenOrderedContiguousBands()
    {
        Assert.Equal(19, AgeBand.All.Count);
        Assert.Equal("0-4", AgeBand.All[0].ToString());
        Assert.Equal("90+", AgeBand.All[^1].ToString());
        Assert.Null(AgeBand.All[^1].UpperAge);
        for (var i = 1; i < AgeBand.All.Count; i++)
        {
            Assert.True(AgeBand.All[i - 1] < AgeBand.All[i]);
            Assert.Equal(AgeBand.All[i - 1].UpperAge + 1, AgeBand.All[i].LowerAge);
        }
    }

    // Eurostat (2013), Revision of the European Standard Population, ESP 2013 table: a total population of 100,000,
    // 5,000 aged 0-4 and 1,000 aged 90 and over.
    [Fact]
    public void EuropeanStandardPopulation2013SumsTo100000()
    {
        Assert.Equal(100_000, AgeBand.All.Sum(band => band.EuropeanStandardPopulation2013));
        Assert.Equal(5000, AgeBand.ForAge(0).EuropeanStandardPopulation2013);
        Assert.Equal(7000, AgeBand.ForAge(37).EuropeanStandardPopulation2013);
        Assert.Equal(1000, AgeBand.ForAge(95).EuropeanStandardPopulation2013);
    }

    [Theory]
    [InlineData(null, "empty")]
    [InlineData("0-5", "not one of")]
    [InlineData("90-94", "not one of")]
    [InlineData("85+", "not one of")]
    [InlineData("0 - 4", "not one of")]
    public void RejectsLabelsThatAreNotBands(string? text, string reason)
    {
        var result = AgeBandPattern.Parse(text);
        Assert.Contains(reason, result.ErrorMessage, StringComparison.Ordinal);
        Assert.False(EqualityContract.TryParseGeneric<AgeBand>(text, out _));
    }

    [Fact]
    public void DefaultIsTheYoungestBand() => Assert.Equal("0-4", default(AgeBand).ToString());

    [Fact]
    public void EqualityAndOrderingFollowAge() =>
        EqualityContract.AssertOrdered(AgeBand.ForAge(87), AgeBand.Parse("85-89"), AgeBand.ForAge(90));
}
