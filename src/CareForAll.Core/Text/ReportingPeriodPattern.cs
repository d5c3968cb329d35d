using System.Globalization;

namespace CareForAll.Core.Text;

/// <summary>
/// Reads and writes reporting periods: financial year <c>2008-09</c> (also read as <c>2008/09</c>), quarter
/// <c>2008-09 Q1</c> and month <c>2008-04</c>. Never throws.
/// </summary>
/// <remarks>
/// A financial year and a month can share a spelling: <c>2008-09</c> is the year 2008-09 and also September 2008.
/// <see cref="Parse(string?)"/> takes such text as the financial year; <see cref="Parse(string?, ReportingPeriodKind)"/>
/// reads one kind only, so it round-trips every month.
/// </remarks>
public static class ReportingPeriodPattern
{
    private const string Expected = "expected a financial year 2008-09, a quarter 2008-09 Q1 or a month 2008-04";

    /// <summary>Parses any of the three forms, preferring a financial year when the text could be a month too.</summary>
    public static ParseResult<ReportingPeriod> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ParseResult<ReportingPeriod>.ForError($"Reporting period is empty; {Expected}.");
        }

        if (text.Length > 7)
        {
            return ParseQuarter(text);
        }

        if (text.Length == 7 && text[4] == '/')
        {
            return ParseFinancialYear(text);
        }

        if (!SplitYearAndTwoDigits(text, out _, out _))
        {
            return ParseResult<ReportingPeriod>.ForError($"Reporting period '{text}' is not written as one; {Expected}.");
        }

        var financialYear = ParseFinancialYear(text);
        return financialYear.Success ? financialYear : ParseMonth(text);
    }

    /// <summary>Parses one kind of period only.</summary>
    public static ParseResult<ReportingPeriod> Parse(string? text, ReportingPeriodKind kind)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ParseResult<ReportingPeriod>.ForError($"Reporting period is empty; {Expected}.");
        }

        return kind switch
        {
            ReportingPeriodKind.FinancialYear => ParseFinancialYear(text),
            ReportingPeriodKind.Quarter => ParseQuarter(text),
            _ => ParseMonth(text),
        };
    }

    /// <summary>Writes <c>2008-09</c>, <c>2008-09 Q1</c> or <c>2008-04</c>.</summary>
    public static string Format(ReportingPeriod value) => value.Kind switch
    {
        ReportingPeriodKind.FinancialYear => FormatFinancialYear(value.FinancialYearStart),
        ReportingPeriodKind.Quarter => $"{FormatFinancialYear(value.FinancialYearStart)} Q{value.QuarterOfYear}",
        _ => string.Create(CultureInfo.InvariantCulture, $"{value.Start.Year:D4}-{value.Start.Month:D2}"),
    };

    private static string FormatFinancialYear(int startYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{startYear:D4}-{(startYear + 1) % 100:D2}");

    private static ParseResult<ReportingPeriod> ParseFinancialYear(string text)
    {
        if (!SplitYearAndTwoDigits(text, out var startYear, out var endDigits, allowSlash: true))
        {
            return ParseResult<ReportingPeriod>.ForError($"Financial year '{text}' is not written like 2008-09.");
        }

        if (startYear < 1 || startYear > 9998)
        {
            return ParseResult<ReportingPeriod>.ForError($"Financial year '{text}' starts outside the years 0001 to 9998.");
        }

        if (endDigits != (startYear + 1) % 100)
        {
            return ParseResult<ReportingPeriod>.ForError(
                $"Financial year '{text}' should end with the two digits of the next year: {FormatFinancialYear(startYear)}.");
        }

        return ParseResult<ReportingPeriod>.ForValue(ReportingPeriod.FinancialYear(startYear));
    }

    private static ParseResult<ReportingPeriod> ParseQuarter(string text)
    {
        if (text.Length != 10 || text[7] != ' ' || text[8] != 'Q' || !char.IsAsciiDigit(text[9]))
        {
            return ParseResult<ReportingPeriod>.ForError($"Reporting period '{text}' is not written as one; {Expected}.");
        }

        var quarter = text[9] - '0';
        if (quarter is < 1 or > 4)
        {
            return ParseResult<ReportingPeriod>.ForError($"Quarter '{text}' should be Q1, Q2, Q3 or Q4.");
        }

        var year = ParseFinancialYear(text[..7]);
        return year.TryGetValue(out var financialYear)
            ? ParseResult<ReportingPeriod>.ForValue(ReportingPeriod.Quarter(financialYear.FinancialYearStart, quarter))
            : ParseResult<ReportingPeriod>.ForError($"Quarter '{text}': {year.ErrorMessage}");
    }

    private static ParseResult<ReportingPeriod> ParseMonth(string text)
    {
        if (!SplitYearAndTwoDigits(text, out var year, out var month))
        {
            return ParseResult<ReportingPeriod>.ForError($"Month '{text}' is not written like 2008-04.");
        }

        if (year < 1)
        {
            return ParseResult<ReportingPeriod>.ForError($"Reporting period '{text}' is in year 0000, which does not exist.");
        }

        if (month is < 1 or > 12)
        {
            return ParseResult<ReportingPeriod>.ForError(
                $"Reporting period '{text}' is neither a financial year nor a month (months are 01 to 12).");
        }

        return ParseResult<ReportingPeriod>.ForValue(ReportingPeriod.Month(year, month));
    }

    /// <summary>Splits <c>YYYY-NN</c> (or <c>YYYY/NN</c> when allowed) into its two numbers.</summary>
    private static bool SplitYearAndTwoDigits(string text, out int year, out int twoDigits, bool allowSlash = false)
    {
        year = 0;
        twoDigits = 0;
        if (text.Length != 7 || !(text[4] == '-' || (allowSlash && text[4] == '/')))
        {
            return false;
        }

        var digits = string.Concat(text.AsSpan(0, 4), text.AsSpan(5, 2));
        if (!digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        year = int.Parse(digits.AsSpan(0, 4), CultureInfo.InvariantCulture);
        twoDigits = int.Parse(digits.AsSpan(4, 2), CultureInfo.InvariantCulture);
        return true;
    }
}
