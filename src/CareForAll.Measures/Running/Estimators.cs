using CareForAll.Statistics;

namespace CareForAll.Measures.Running;

/// <summary>
/// Turns the aggregates of one measure into results, one method each. England's value is computed from the same
/// aggregates summed over all units; bands compare a unit's interval with it (or, for ratios, place the unit on a
/// funnel plot with Spiegelhalter's overdispersion adjustment as the SHMI does).
/// </summary>
internal static class Estimators
{
    public static IEnumerable<MeasureResult> Proportion(UnitContext c)
    {
        var m = c.Measure;
        foreach (var year in c.Table.Rows.GroupBy(c.Table.Year))
        {
            var england = year.Sum(r => c.Table.Number(r, "numerator")) / year.Sum(r => c.Table.Number(r, "denominator")) * m.Multiplier;
            foreach (var row in year)
            {
                var (x, n) = (c.Table.Number(row, "numerator"), c.Table.Number(row, "denominator"));
                var estimate = Proportions.Wilson((long)x, (long)n, m.Multiplier);
                yield return c.Result(c.Table.Text(row, "unit_code"), year.Key, estimate, england, Band(estimate, england, m.HigherIsBetter)) with
                {
                    Numerator = x,
                    Denominator = n,
                    DisclosiveCounts = [x, n - x],
                };
            }
        }
    }

    public static IEnumerable<MeasureResult> Rate(UnitContext c)
    {
        var m = c.Measure;
        foreach (var year in c.Table.Rows.GroupBy(c.Table.Year))
        {
            // England is taken over the units whose denominator is known, so events without one do not inflate it.
            var known = year.Where(r => c.Table.NumberOrNull(r, "denominator") > 0).ToList();
            var england = known.Sum(r => c.Table.Number(r, "numerator")) / known.Sum(r => c.Table.Number(r, "denominator")) * m.Multiplier;
            foreach (var row in year)
            {
                var (x, d) = (c.Table.Number(row, "numerator"), c.Table.NumberOrNull(row, "denominator"));
                var estimate = d > 0
                    ? Rates.Rate((long)x, d.Value, m.Multiplier)
                    : Estimate.NotGiven(d is null ? "events without a denominator" : "a denominator of zero");
                yield return c.Result(c.Table.Text(row, "unit_code"), year.Key, estimate, england, Band(estimate, england, m.HigherIsBetter)) with
                {
                    Numerator = x,
                    Denominator = d,
                    DisclosiveCounts = [x],
                };
            }
        }
    }

    public static IEnumerable<MeasureResult> DirectlyStandardisedRate(UnitContext c)
    {
        var m = c.Measure;
        foreach (var year in c.Table.Rows.GroupBy(c.Table.Year))
        {
            var units = year.GroupBy(r => c.Table.Text(r, "unit_code")).ToList();
            // England is taken over the units whose population is known in every band, so events without one do not inflate it.
            bool Known(IEnumerable<object?[]> rows) => rows.All(r => c.Table.NumberOrNull(r, "population") is not null);
            var englandBands = units.Where(Known).SelectMany(u => u).GroupBy(r => c.Table.Text(r, "age_band"))
                .Select(b => Band(b.Key, b.Sum(r => c.Table.Number(r, "count")), b.Sum(r => c.Table.Number(r, "population"))))
                .Where(b => b is not null).Cast<StandardisationBand>().ToList();
            var england = englandBands.Sum(b => b.Count) >= 10 ? DirectStandardisation.Rate(englandBands, m.Multiplier).Value : double.NaN;
            foreach (var unit in units)
            {
                var count = unit.Sum(r => c.Table.Number(r, "count"));
                var population = Known(unit) ? unit.Sum(r => c.Table.Number(r, "population")) : (double?)null;
                var bands = population is null ? [] : unit.Select(r => Band(c.Table.Text(r, "age_band"), c.Table.Number(r, "count"), c.Table.Number(r, "population"))).ToList();
                var estimate = population is null
                    ? Estimate.NotGiven("events in an age band without a population")
                    : bands.Any(b => b is null) || bands.Count == 0
                        ? Estimate.NotGiven("an age band has no population")
                        : DirectStandardisation.Rate(bands.Cast<StandardisationBand>().ToList(), m.Multiplier);
                yield return c.Result(unit.Key, year.Key, estimate, england, Band(estimate, england, m.HigherIsBetter)) with
                {
                    Numerator = count,
                    Denominator = population,
                    DisclosiveCounts = [count],
                };
            }
        }
    }

    /// <summary>Fits (or reuses, for a roll-up) the national model of each year; <c>models</c> is shared by the measure's units.</summary>
    public static IEnumerable<MeasureResult> StandardisedRatio(UnitContext c, Dictionary<int, RiskModel> models)
    {
        var m = c.Measure;
        foreach (var year in c.Table.Rows.GroupBy(c.Table.Year))
        {
            var patterns = year.ToList();
            var model = Fitted(models, year.Key, () => RiskModel.FitLogistic(c, patterns, year.Key));
            var (unit, events, trials) = (c.Table.Column("unit_code"), c.Table.Column("events"), c.Table.Column("trials"));
            var units = patterns.GroupBy(r => c.Table.Text(r, unit))
                .Select(u => (Code: u.Key, Observed: u.Sum(r => c.Table.Number(r, events)), Expected: u.Sum(r => c.Table.Number(r, trials) * model.Predict(r))))
                .Where(u => u.Expected > 0)
                .ToList();
            if (units.Count == 0)
            {
                continue;
            }

            var funnel = FunnelPlot.Compare(
                units.Select(u => new FunnelUnit(u.Code, u.Observed, u.Expected)).ToList(), FunnelKind.Ratio, OverdispersionMethod.Shmi);
            for (var i = 0; i < units.Count; i++)
            {
                var (code, observed, expected) = units[i];
                var estimate = IndirectStandardisation.Ratio((long)observed, expected, m.Multiplier);
                yield return c.Result(code, year.Key, estimate, m.Multiplier, FunnelBandName(funnel.Points[i].Band, m.HigherIsBetter)) with
                {
                    Observed = observed,
                    Expected = expected,
                    DisclosiveCounts = [observed],
                };
            }
        }
    }

    public static IEnumerable<MeasureResult> Mean(UnitContext c)
    {
        var m = c.Measure;
        foreach (var year in c.Table.Rows.GroupBy(c.Table.Year))
        {
            var england = year.Sum(r => c.Table.Number(r, "sum_y")) / year.Sum(r => c.Table.Number(r, "n"));
            foreach (var unit in year.GroupBy(r => c.Table.Text(r, "unit_code")))
            {
                var (n, mean, sd) = Moments(c, unit);
                var estimate = n >= 2 ? Estimate.AtBothLevels(level => Means.StudentTInterval(mean, sd, (long)n, level)) : Estimate.NotGiven("fewer than two values");
                yield return c.Result(unit.Key, year.Key, estimate, england, Band(estimate, england, m.HigherIsBetter)) with
                {
                    Denominator = n,
                    DisclosiveCounts = [n],
                };
            }
        }
    }

    /// <summary>Fits (or reuses, for a roll-up) the national model of each year; <c>models</c> is shared by the measure's units.</summary>
    public static IEnumerable<MeasureResult> AdjustedMean(UnitContext c, Dictionary<int, RiskModel> models)
    {
        var m = c.Measure;
        foreach (var year in c.Table.Rows.GroupBy(c.Table.Year))
        {
            var patterns = year.ToList();
            var model = Fitted(models, year.Key, () => RiskModel.FitLinear(c, patterns, year.Key));
            var england = patterns.Sum(r => c.Table.Number(r, "sum_y")) / patterns.Sum(r => c.Table.Number(r, "n"));
            foreach (var unit in patterns.GroupBy(r => c.Table.Text(r, "unit_code")))
            {
                var (n, mean, sd) = Moments(c, unit);
                var expectedMean = unit.Sum(r => c.Table.Number(r, "n") * model.Predict(r)) / n;
                var adjusted = england + mean - expectedMean;
                var estimate = n >= 2 ? Estimate.AtBothLevels(level => Means.StudentTInterval(adjusted, sd, (long)n, level)) : Estimate.NotGiven("fewer than two values");
                yield return c.Result(unit.Key, year.Key, estimate, england, Band(estimate, england, m.HigherIsBetter)) with
                {
                    Denominator = n,
                    Observed = mean,
                    Expected = expectedMean,
                    DisclosiveCounts = [n],
                };
            }
        }
    }

    private static RiskModel Fitted(Dictionary<int, RiskModel> models, int year, Func<RiskModel> fit)
    {
        if (!models.TryGetValue(year, out var model))
        {
            model = fit();
            models[year] = model;
        }

        return model;
    }

    private static (double N, double Mean, double Sd) Moments(UnitContext c, IEnumerable<object?[]> rows)
    {
        double n = 0, sum = 0, sumSquares = 0;
        foreach (var r in rows)
        {
            n += c.Table.Number(r, "n");
            sum += c.Table.Number(r, "sum_y");
            sumSquares += c.Table.Number(r, "sum_y2");
        }

        var mean = sum / n;
        var variance = n > 1 ? Math.Max(0, (sumSquares - (n * mean * mean)) / (n - 1)) : double.NaN;
        return (n, mean, Math.Sqrt(variance));
    }

    private static StandardisationBand? Band(string ageBand, double count, double population) =>
        population > 0 ? new StandardisationBand((long)count, population, EuropeanStandardPopulation.ForBand(ageBand) ?? 0) : null;

    /// <summary>Better or worse than England, at 99.8% first then 95%, from the unit's confidence interval.</summary>
    public static string Band(Estimate estimate, double england, bool higherIsBetter)
    {
        if (!double.IsFinite(estimate.Value) || !double.IsFinite(england))
        {
            return "not_compared";
        }

        var (side, level) = estimate switch
        {
            _ when estimate.Lower998 > england => (1, "998"),
            _ when estimate.Lower95 > england => (1, "95"),
            _ when estimate.Upper998 < england => (-1, "998"),
            _ when estimate.Upper95 < england => (-1, "95"),
            _ => (0, ""),
        };
        return side == 0 ? "as_expected" : ((side > 0) == higherIsBetter ? "better_" : "worse_") + level;
    }

    private static string FunnelBandName(FunnelBand band, bool higherIsBetter) => band switch
    {
        FunnelBand.High998 => higherIsBetter ? "better_998" : "worse_998",
        FunnelBand.High95 => higherIsBetter ? "better_95" : "worse_95",
        FunnelBand.Low998 => higherIsBetter ? "worse_998" : "better_998",
        FunnelBand.Low95 => higherIsBetter ? "worse_95" : "better_95",
        _ => "as_expected",
    };
}
