namespace CareForAll.Measures.Running;

/// <summary>One term of a fitted model: a covariate level (or numeric covariate) with its coefficient.</summary>
public sealed record ModelTerm(string Name, double Estimate, double StandardError);

/// <summary>Observed against expected in one tenth of the cases, ordered by predicted risk or value.</summary>
public sealed record CalibrationDecile(int Decile, double Cases, double Observed, double Expected);

/// <summary>
/// A national risk or case-mix model behind a measure's expected values, saved with the results so every expected
/// value can be explained: its terms, fit statistics and calibration.
/// </summary>
public sealed record ModelReport
{
    public required string MeasureId { get; init; }

    public required string Period { get; init; }

    /// <summary><c>logistic</c> (events) or <c>linear</c> (case-mix adjusted means).</summary>
    public required string Kind { get; init; }

    /// <summary>Distinct covariate patterns the model was fitted on (aggregated rows, never row by row).</summary>
    public required int Patterns { get; init; }

    public required double Cases { get; init; }

    public required IReadOnlyList<ModelTerm> Terms { get; init; }

    /// <summary>Logistic: area under the ROC curve. Null for linear models.</summary>
    public double? CStatistic { get; init; }

    /// <summary>Linear: R². Null for logistic models.</summary>
    public double? RSquared { get; init; }

    public IReadOnlyList<CalibrationDecile> Calibration { get; init; } = [];

    /// <summary>Logistic: the Hosmer–Lemeshow statistic over the deciles.</summary>
    public double? HosmerLemeshow { get; init; }
}
