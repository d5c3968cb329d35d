using CareForAll.Core.Text;

namespace CareForAll.Core.Tests;

public sealed class ReportingPeriodTests
{
    public static TheoryData<string, string> DatesAndFinancialYears => new()
    {
        { "2009-03-31", "2008-09" },
        { "2009-04-01", "2009-10" },
        { "2008-04-01", "2008-09" },
        { "2008-12-31", "2008-09" },
        { "2009-01-01", "2008-09" },
        { "1999-05-01", "1999-00" },
        { "2000-02-29", "1999-00" },
    };

    public static TheoryData<string, string> DatesAndQuarters => new()
    {
        { "2008-04-01", "2008-09 Q1" },
        { "2008-06-30", "2008-09 Q1" },
        { "2008-07-01", "2008-09 Q2" },
        { "2008-09-30", "2008-09 Q2" },
        { "2008-10-01", "2008-09 Q3" },
        { "2008-12-31", "2008-09 Q3" },
        { "2009-01-01", "2008-09 Q4" },
        { "2009-03-31", "2008-09 Q4" },
    };

    public static TheoryData<string, string, string> TextStartAndEnd => new()
    {
        { "2008-09", "2008-04-01", "2009-03-31" },
        { "2008/09", "2008-04-01", "2009-03-31" },
        { "1999-00", "1999-04-01", "2000-03-31" },
        { "2008-09 Q1", "2008-04-01", "2008-06-30" },
        { "2008-09 Q4", "2009-01-01", "2009-03-31" },
        { "2011-12 Q4", "2012-01-01", "2012-03-31" },
        { "2008-04", "2008-04-01", "2008-04-30" },
        { "2008-02", "2008-02-01", "2008-02-29" },
        { "2009-02", "2009-02-01", "2009-02-28" },
        { "2008-12", "2008-12-01", "2008-12-31" },
    };

    public static TheoryData<string?, string> BadText => new()
    {
        { null, "empty" },
        { "", "empty" },
        { "2008-10 Q1", "should end with the two digits of the next year: 2008-09" },
        { "2008/10", "should end with the two digits of the next year: 2008-09" },
        { "2008-09 Q5", "Q1, Q2, Q3 or Q4" },
        { "2008-09 Q0", "Q1, Q2, Q3 or Q4" },
        { "2008-13", "neither a financial year nor a month" },
        { "2008-00", "neither a financial year nor a month" },
        { "0000-02", "year 0000" },
        { "2008", "not written as one" },
        { "08-09", "not written as one" },
        { "2008-9", "not written as one" },
        { "2008-09q1", "not written as one" },
        { "2008-09 q1", "not written as one" },
        { "FY2008-09", "not written as one" },
    };

    [Theory]
    [MemberData(nameof(DatesAndFinancialYears))]
    public void ContainingFinancialYearRunsAprilToMarch(string date, string expected)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var year = ReportingPeriod.ContainingFinancialYear(day);
        Assert.Equal(expected, year.ToString());
        Assert.True(year.Contains(day));
        Assert.False(year.Previous().Contains(day));
        Assert.False(year.Next().Contains(day));
    }

    [Theory]
    [MemberData(nameof(DatesAndQuarters))]
    public void ContainingQuarterFollowsTheFinancialYear(string date, string expected)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var quarter = ReportingPeriod.ContainingQuarter(day);
        Assert.Equal(expected, quarter.ToString());
        Assert.True(quarter.Contains(day));
        Assert.Equal(ReportingPeriod.ContainingFinancialYear(day), quarter.ToFinancialYear());
    }

    [Theory]
    [MemberData(nameof(TextStartAndEnd))]
    public void ParsesEachFormWithInclusiveStartAndEnd(string text, string start, string end)
    {
        var period = ReportingPeriodPattern.Parse(text).GetValueOrThrow();
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
        Assert.True(period.Contains(period.End));
        Assert.False(period.Contains(period.End.AddDays(1)));
        Assert.False(period.Contains(period.Start.AddDays(-1)));
    }

    [Theory]
    [MemberData(nameof(BadText))]
    public void RejectsBadTextWithReason(string? text, string reason)
    {
        var result = ReportingPeriodPattern.Parse(text);
        Assert.False(result.Success);
        Assert.Contains(reason, result.ErrorMessage, StringComparison.Ordinal);
        Assert.False(EqualityContract.TryParseGeneric<ReportingPeriod>(text, out _));
    }

    [Fact]
    public void FactoriesMatchTheWrittenForms()
    {
        Assert.Equal("2008-09", ReportingPeriod.FinancialYear(2008).ToString());
        Assert.Equal("1999-00", ReportingPeriod.FinancialYear(1999).ToString());
        Assert.Equal("2008-09 Q3", ReportingPeriod.Quarter(2008, 3).ToString());
        Assert.Equal("2008-04", ReportingPeriod.Month(2008, 4).ToString());
        Assert.Equal(ReportingPeriodKind.Quarter, ReportingPeriod.Parse("2008-09 Q2").Kind);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Quarter(2008, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Month(2008, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.FinancialYear(0));
    }

    [Fact]
    public void TextThatIsBothAYearAndAMonthReadsAsTheFinancialYear()
    {
        Assert.Equal(ReportingPeriod.FinancialYear(2008), ReportingPeriod.Parse("2008-09"));
        Assert.Equal(ReportingPeriod.Month(2008, 9), ReportingPeriodPattern.Parse("2008-09", ReportingPeriodKind.Month).Value);
        Assert.Equal(ReportingPeriod.Month(2008, 10), ReportingPeriod.Parse("2008-10"));
    }

    [Fact]
    public void EveryPeriodRoundTripsThroughItsKindsPattern()
    {
        var year = ReportingPeriod.FinancialYear(1998);
        for (var i = 0; i < 20; i++, year = year.Next())
        {
            foreach (var period in year.Quarters().Concat(year.Months()).Append(year))
            {
                Assert.Equal(period, ReportingPeriodPattern.Parse(period.ToString(), period.Kind).Value);
                var general = ReportingPeriod.Parse(period.ToString());
                var ambiguousMonth = period.Kind == ReportingPeriodKind.Month && general.Kind == ReportingPeriodKind.FinancialYear;
                Assert.True(general == period || ambiguousMonth, $"{period} read back as {general}");
            }
        }
    }

    [Theory]
    [InlineData(2007)]
    [InlineData(2008)]
    [InlineData(2011)]
    public void MonthsAndQuartersCoverEveryDayOfTheYearExactlyOnce(int startYear)
    {
        var year = ReportingPeriod.FinancialYear(startYear);
        var days = Enumerable.Range(0, year.End.DayNumber - year.Start.DayNumber + 1).Select(year.Start.AddDays).ToList();

        foreach (var parts in new[] { year.Months().ToList(), year.Quarters().ToList() })
        {
            Assert.All(days, day => Assert.Single(parts, part => part.Contains(day)));
            Assert.Equal(days.Count, parts.Sum(part => part.End.DayNumber - part.Start.DayNumber + 1));
        }

        Assert.Equal(DateTime.IsLeapYear(startYear + 1) ? 366 : 365, days.Count);
        Assert.Equal(12, year.Months().Count());
        Assert.Equal(["Q1", "Q2", "Q3", "Q4"], year.Quarters().Select(q => q.ToString()[^2..]));
        Assert.Equal(3, year.Quarters().First().Months().Count());
        Assert.Empty(ReportingPeriod.Month(2008, 4).Quarters());
    }

    [Fact]
    public void NextAndPreviousStepByTheSameKind()
    {
        Assert.Equal("2009-10", ReportingPeriod.Parse("2008-09").Next().ToString());
        Assert.Equal("2009-10 Q1", ReportingPeriod.Parse("2008-09 Q4").Next().ToString());
        Assert.Equal("2008-09 Q4", ReportingPeriod.Parse("2009-10 Q1").Previous().ToString());
        Assert.Equal("2009-01", ReportingPeriod.Parse("2008-12").Next().ToString());
        Assert.Equal("2008-12", ReportingPeriod.Parse("2009-01").Previous().ToString());
        Assert.Throws<InvalidOperationException>(() => ReportingPeriod.FinancialYear(9998).Next());
        Assert.Throws<InvalidOperationException>(() => ReportingPeriod.Quarter(1, 1).Previous());
        Assert.Throws<InvalidOperationException>(() => default(ReportingPeriod).Previous());
        Assert.Equal(new DateOnly(9999, 12, 31), ReportingPeriod.Month(9999, 12).End);
    }

    [Fact]
    public void DefaultIsJanuaryOfYearOne() => Assert.Equal(ReportingPeriod.Month(1, 1), default);

    [Fact]
    public void EqualityAndOrderingAreByStartThenLength()
    {
        EqualityContract.AssertOrdered(ReportingPeriod.Month(2008, 4), ReportingPeriod.Parse("2008-04"), ReportingPeriod.Quarter(2008, 1));
        EqualityContract.AssertOrdered(ReportingPeriod.Quarter(2008, 1), ReportingPeriod.Parse("2008-09 Q1"), ReportingPeriod.FinancialYear(2008));
        EqualityContract.AssertOrdered(ReportingPeriod.FinancialYear(2008), ReportingPeriod.Parse("2008/09"), ReportingPeriod.Month(2008, 5));
    }
}
