namespace CareForAll.Measures.Definitions;

/// <summary>The method that turns counted rows into an indicator value.</summary>
public enum MeasureMethod
{
    /// <summary>Share of the population rows meeting the numerator condition; Wilson score limits.</summary>
    Proportion,

    /// <summary>Events per unit of a denominator (bed days, spells); exact Poisson/Byar limits.</summary>
    Rate,

    /// <summary>Directly age–sex standardised rate on the 2013 European Standard Population; Dobson limits.</summary>
    DirectlyStandardisedRate,

    /// <summary>Observed over expected events, expected from a national logistic risk model; funnel limits.</summary>
    IndirectlyStandardisedRatio,

    /// <summary>Mean of a value over the population rows; Student's t limits.</summary>
    Mean,

    /// <summary>Mean adjusted for case mix by a national linear model: England mean + observed − expected.</summary>
    CaseMixAdjustedMean,
}

/// <summary>Where a measure's rows come from: a lake table (or a join written as SQL), the column that places a row
/// in a unit, the date that places it in a period, and the SQL conditions that select it.</summary>
public sealed record RowSource(string From, string Unit, string Date, string? Where, IReadOnlyList<string> Exclusions, string? Sum, string? Age, string? Sex);

/// <summary>One covariate of a risk or case-mix model: a SQL expression over the population rows.</summary>
public sealed record Covariate(string Name, string Expression, bool Numeric);

/// <summary>
/// One indicator, as read from a file in <c>measures/</c>. Immutable. The SQL fragments (<c>where</c>, numerator,
/// outcome, covariates) are expressions over the lake's columns (docs/lake.md) and run in DuckDB.
/// </summary>
public sealed record MeasureDefinition
{
    public required string Id { get; init; }

    public required int Version { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string Domain { get; init; }

    /// <summary>The unit of comparison: trust, practice, commissioner or region.</summary>
    public required string Unit { get; init; }

    /// <summary>Parent units the values are also rolled up to (e.g. practice → commissioner).</summary>
    public IReadOnlyList<string> Rollup { get; init; } = [];

    public required MeasureMethod Method { get; init; }

    public required bool HigherIsBetter { get; init; }

    public required string Status { get; init; }

    public required string Owner { get; init; }

    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Value = ratio × multiplier (100 for a percentage, 100,000 for a rate per 100,000).</summary>
    public double Multiplier { get; init; } = 1;

    /// <summary>The counted rows: the denominator of a proportion, the cohort of a ratio or mean, the events of a rate.</summary>
    public required RowSource Population { get; init; }

    /// <summary>Proportion: the SQL condition for a row to count in the numerator.</summary>
    public string? Numerator { get; init; }

    /// <summary>Ratio: the SQL condition for the outcome event; means: the SQL value.</summary>
    public string? Outcome { get; init; }

    /// <summary>Rate: where the denominator comes from (its <see cref="RowSource.Sum"/> is summed).</summary>
    public RowSource? Denominator { get; init; }

    /// <summary>Standardised ratio and adjusted mean: the covariates of the national model.</summary>
    public IReadOnlyList<Covariate> Covariates { get; init; } = [];

    /// <summary>Directly standardised rate: the age range counted (inclusive), e.g. 0–74 for under-75 mortality.</summary>
    public int MinAge { get; init; }

    public int MaxAge { get; init; } = 150;

    /// <summary>The file the definition was read from, and its text as published.</summary>
    public string SourceFile { get; init; } = "";

    public string SourceText { get; init; } = "";
}
