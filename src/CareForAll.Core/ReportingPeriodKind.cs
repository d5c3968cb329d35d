namespace CareForAll.Core;

/// <summary>The length of a <see cref="ReportingPeriod"/>.</summary>
public enum ReportingPeriodKind
{
    /// <summary>A calendar month, written <c>2008-04</c>.</summary>
    Month,

    /// <summary>A quarter of a UK financial year, written <c>2008-09 Q1</c> (Q1 is April to June).</summary>
    Quarter,

    /// <summary>A UK financial year, 1 April to 31 March, written <c>2008-09</c>.</summary>
    FinancialYear,
}
