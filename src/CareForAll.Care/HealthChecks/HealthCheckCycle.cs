using System.Globalization;

namespace CareForAll.Care.HealthChecks;

/// <summary>
/// A five-year NHS Health Check call-and-recall cycle: 60 months from its first day. Cycles follow one another from an
/// anchor month; the default anchor is April 2009, when the national programme began.
/// </summary>
/// <remarks>Validated at construction: the start is the first day of a month. Equality is by start.</remarks>
public sealed record HealthCheckCycle
{
    /// <summary>Months in a cycle (five years).</summary>
    public const int Months = HealthCheckEligibility.RecallYears * 12;

    /// <summary>The first month of the first cycle unless told otherwise: April 2009.</summary>
    public static readonly DateOnly DefaultAnchor = new(2009, 4, 1);

    /// <summary>A cycle starting on <paramref name="start"/>, which must be the first day of a month.</summary>
    public HealthCheckCycle(DateOnly start)
    {
        if (start.Day != 1)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "a cycle starts on the first day of a month");
        }

        Start = start;
    }

    /// <summary>The first day of the cycle.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day of the cycle.</summary>
    public DateOnly End => Start.AddMonths(Months).AddDays(-1);

    /// <summary>The cycle, counted from <paramref name="anchor"/> (a first of the month), that holds <paramref name="day"/>.</summary>
    public static HealthCheckCycle Containing(DateOnly day, DateOnly anchor)
    {
        var months = MonthsBetween(anchor, day);
        var cycles = (int)Math.Floor(months / (double)Months);
        return new HealthCheckCycle(anchor.AddMonths(cycles * Months));
    }

    /// <summary>Which month of the cycle <paramref name="day"/> falls in, 0 (first) to 59 (last).</summary>
    public int MonthIndex(DateOnly day)
    {
        var index = MonthsBetween(Start, day);
        return index is >= 0 and < Months
            ? index
            : throw new ArgumentOutOfRangeException(nameof(day), day, string.Create(CultureInfo.InvariantCulture, $"outside the cycle {Start:yyyy-MM} to {End:yyyy-MM}"));
    }

    /// <summary>The first day of month <paramref name="index"/> (0–59) of the cycle.</summary>
    public DateOnly MonthStart(int index) => Start.AddMonths(index);

    private static int MonthsBetween(DateOnly from, DateOnly to) => ((to.Year - from.Year) * 12) + to.Month - from.Month;
}
