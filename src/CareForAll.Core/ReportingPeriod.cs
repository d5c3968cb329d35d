using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using CareForAll.Core.Text;

namespace CareForAll.Core;

/// <summary>
/// A period that NHS figures are reported for: a UK financial year (1 April to 31 March, written <c>2008-09</c>),
/// a quarter of one (<c>2008-09 Q1</c> is April to June 2008) or a calendar month (<c>2008-04</c>).
/// <see cref="Start"/> and <see cref="End"/> are both inclusive.
/// </summary>
/// <remarks>
/// Two periods are equal when they have the same kind and start. Ordering is by start date, then by end date, so a
/// month sorts before the quarter and the year that begin on the same day. The default value is the month
/// <c>0001-01</c>. Financial years may start in years 1 to 9998. Immutable and thread-safe.
/// </remarks>
public readonly struct ReportingPeriod
    : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>, IComparable,
      IComparisonOperators<ReportingPeriod, ReportingPeriod, bool>, IParsable<ReportingPeriod>
{
    private const int FirstFinancialYearMonth = 4;

    private readonly DateOnly start;

    private ReportingPeriod(ReportingPeriodKind kind, DateOnly start)
    {
        Kind = kind;
        this.start = start;
    }

    /// <summary>Month, quarter or financial year.</summary>
    public ReportingPeriodKind Kind { get; }

    /// <summary>The first day of the period.</summary>
    public DateOnly Start => start;

    /// <summary>The last day of the period (inclusive).</summary>
    public DateOnly End
    {
        get
        {
            var lastMonth = start.AddMonths(LengthInMonths - 1);
            return new DateOnly(lastMonth.Year, lastMonth.Month, DateTime.DaysInMonth(lastMonth.Year, lastMonth.Month));
        }
    }

    /// <summary>The year the financial year holding this period starts in (2008 for <c>2008-09</c>).</summary>
    public int FinancialYearStart => start.Month >= FirstFinancialYearMonth ? start.Year : start.Year - 1;

    /// <summary>The number (1 to 4) of the quarter this period starts in; 1 for a whole financial year.</summary>
    public int QuarterOfYear => (MonthsIntoFinancialYear / 3) + 1;

    private int LengthInMonths => Kind switch
    {
        ReportingPeriodKind.FinancialYear => 12,
        ReportingPeriodKind.Quarter => 3,
        _ => 1,
    };

    private int MonthsIntoFinancialYear => (start.Month - FirstFinancialYearMonth + 12) % 12;

    /// <summary>The financial year from 1 April <paramref name="startYear"/> to 31 March the year after.</summary>
    public static ReportingPeriod FinancialYear(int startYear)
    {
        Preconditions.CheckArgumentRange(nameof(startYear), startYear, 1, 9998);
        return new ReportingPeriod(ReportingPeriodKind.FinancialYear, new DateOnly(startYear, FirstFinancialYearMonth, 1));
    }

    /// <summary>Quarter 1 to 4 of the financial year starting in <paramref name="financialYearStart"/> (Q1 is April to June).</summary>
    public static ReportingPeriod Quarter(int financialYearStart, int quarter)
    {
        Preconditions.CheckArgumentRange(nameof(financialYearStart), financialYearStart, 1, 9998);
        Preconditions.CheckArgumentRange(nameof(quarter), quarter, 1, 4);
        var first = new DateOnly(financialYearStart, FirstFinancialYearMonth, 1).AddMonths(3 * (quarter - 1));
        return new ReportingPeriod(ReportingPeriodKind.Quarter, first);
    }

    /// <summary>A calendar month.</summary>
    public static ReportingPeriod Month(int year, int month)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9999);
        Preconditions.CheckArgumentRange(nameof(month), month, 1, 12);
        return new ReportingPeriod(ReportingPeriodKind.Month, new DateOnly(year, month, 1));
    }

    /// <summary>The financial year holding a date (31 March 2009 is in 2008-09; 1 April 2009 in 2009-10).</summary>
    public static ReportingPeriod ContainingFinancialYear(DateOnly date)
    {
        CheckInFirstFinancialYearOrLater(date);
        return FinancialYear(date.Month >= FirstFinancialYearMonth ? date.Year : date.Year - 1);
    }

    /// <summary>The financial-year quarter holding a date.</summary>
    public static ReportingPeriod ContainingQuarter(DateOnly date)
    {
        CheckInFirstFinancialYearOrLater(date);
        var month = ContainingMonth(date);
        return Quarter(month.FinancialYearStart, month.QuarterOfYear);
    }

    /// <summary>The calendar month holding a date.</summary>
    public static ReportingPeriod ContainingMonth(DateOnly date) => Month(date.Year, date.Month);

    /// <summary>True when the date is on or after <see cref="Start"/> and on or before <see cref="End"/>.</summary>
    public bool Contains(DateOnly date) => start <= date && date <= End;

    /// <summary>True when every day of <paramref name="other"/> is in this period.</summary>
    public bool Contains(ReportingPeriod other) => start <= other.start && other.End <= End;

    /// <summary>The financial year holding this period.</summary>
    public ReportingPeriod ToFinancialYear() => FinancialYear(FinancialYearStart);

    /// <summary>The calendar months in this period, in order (a month gives itself).</summary>
    public IEnumerable<ReportingPeriod> Months()
    {
        for (var i = 0; i < LengthInMonths; i++)
        {
            yield return new ReportingPeriod(ReportingPeriodKind.Month, start.AddMonths(i));
        }
    }

    /// <summary>The quarters wholly inside this period, in order: four for a year, itself for a quarter, none for a month.</summary>
    public IEnumerable<ReportingPeriod> Quarters()
    {
        for (var i = 0; i < LengthInMonths / 3; i++)
        {
            yield return new ReportingPeriod(ReportingPeriodKind.Quarter, start.AddMonths(3 * i));
        }
    }

    /// <summary>The period of the same kind that starts the day after this one ends.</summary>
    public ReportingPeriod Next()
    {
        var latestStart = Kind switch
        {
            ReportingPeriodKind.FinancialYear => new DateOnly(9998, FirstFinancialYearMonth, 1),
            ReportingPeriodKind.Quarter => new DateOnly(9999, 1, 1),
            _ => new DateOnly(9999, 12, 1),
        };
        Preconditions.CheckState(start < latestStart, $"{this} is the last period of its kind.");
        return new ReportingPeriod(Kind, start.AddMonths(LengthInMonths));
    }

    /// <summary>The period of the same kind that ends the day before this one starts.</summary>
    public ReportingPeriod Previous()
    {
        var earliestStart = Kind == ReportingPeriodKind.Month ? DateOnly.MinValue : new DateOnly(1, FirstFinancialYearMonth, 1);
        Preconditions.CheckState(start > earliestStart, $"{this} is the first period of its kind.");
        return new ReportingPeriod(Kind, start.AddMonths(-LengthInMonths));
    }

    /// <summary>
    /// Parses <c>2008-09</c> (or <c>2008/09</c>), <c>2008-09 Q1</c> or <c>2008-04</c>; throws <see cref="FormatException"/> saying why not.
    /// Text that reads as both a financial year and a month (<c>2008-09</c>) is taken as the financial year.
    /// </summary>
    public static ReportingPeriod Parse(string text) => ReportingPeriodPattern.Parse(text).GetValueOrThrow();

    /// <inheritdoc cref="Parse(string)"/>
    public static ReportingPeriod Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses like <see cref="Parse(string)"/> without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ReportingPeriod result) =>
        ReportingPeriodPattern.Parse(s).TryGetValue(out result);

    /// <summary><c>2008-09</c>, <c>2008-09 Q1</c> or <c>2008-04</c>.</summary>
    public override string ToString() => ReportingPeriodPattern.Format(this);

    public bool Equals(ReportingPeriod other) => Kind == other.Kind && start == other.start;

    public override bool Equals(object? obj) => obj is ReportingPeriod other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, start);

    public int CompareTo(ReportingPeriod other)
    {
        var byStart = start.CompareTo(other.start);
        return byStart != 0 ? byStart : LengthInMonths.CompareTo(other.LengthInMonths);
    }

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReportingPeriod other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(ReportingPeriod)}.", nameof(obj)),
    };

    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);

    public static bool operator <(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) < 0;

    public static bool operator <=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) <= 0;

    public static bool operator >(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) > 0;

    public static bool operator >=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) >= 0;

    private static void CheckInFirstFinancialYearOrLater(DateOnly date) =>
        Preconditions.CheckArgument(
            date >= new DateOnly(1, FirstFinancialYearMonth, 1), nameof(date), "Dates before 1 April 0001 are in no financial year.");
}
