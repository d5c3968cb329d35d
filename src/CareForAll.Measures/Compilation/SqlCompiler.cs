using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CareForAll.Measures.Definitions;

namespace CareForAll.Measures.Compilation;

/// <summary>
/// Compiles a measure definition to the DuckDB SQL that aggregates the lake for one unit of comparison. The SQL
/// returns aggregates only (counts and sums per unit, financial year and, for modelled measures, covariate pattern);
/// interval estimation and model fitting happen in C# on those aggregates.
/// </summary>
/// <remarks>
/// Result columns by method: proportion <c>unit_code, fy, numerator, denominator</c>; rate <c>unit_code, fy,
/// numerator, denominator</c>; directly standardised rate <c>unit_code, fy, age_band, count, population</c>;
/// standardised ratio <c>unit_code, fy, c_&lt;covariate&gt;…, trials, events</c>; mean and adjusted mean
/// <c>unit_code, fy, [c_&lt;covariate&gt;…,] n, sum_y, sum_y2</c>. <c>fy</c> is the first calendar year of the
/// financial year (2008 for 2008-09).
/// </remarks>
public static class SqlCompiler
{
    /// <summary>
    /// The SQL for <paramref name="measure"/> at its own unit, optionally for one financial year (given by its first
    /// calendar year: 2008 for 2008-09). Roll-ups to larger units sum these aggregates over <see cref="AncestorsSql"/>.
    /// </summary>
    public static string Compile(MeasureDefinition measure, int? financialYear = null)
    {
        var unit = measure.Unit;
        var sql = new StringBuilder();
        sql.AppendLine(CultureInfo.InvariantCulture, $"-- {measure.Id} v{measure.Version}: {measure.Title}");
        sql.AppendLine(CultureInfo.InvariantCulture, $"-- unit: {unit}; method: {MeasureFileReader.MethodName(measure.Method)}");
        if (measure.Rollup.Count > 0)
        {
            sql.AppendLine(CultureInfo.InvariantCulture, $"-- rolled up to {string.Join(", ", measure.Rollup)} by summing these aggregates over each unit's ancestors (AncestorsSql)");
        }

        sql.AppendLine("WITH");

        var p = measure.Population;
        // For one year every row is in it, so the year is a constant of the result rather than a grouping key: the
        // row sources leave it out, and the aggregates group by the unit (and pattern) alone.
        var fy = financialYear is { } only ? FormattableString.Invariant($"CAST({only} AS INTEGER) AS fy") : "fy";
        var keys = financialYear is null ? "unit_code, fy" : "unit_code";
        // Where two aggregates are joined (events and their denominator), for one year they leave the year out and are
        // joined on the unit alone, and the result gets the year.
        var yearColumn = financialYear is null ? "fy, " : "";
        string ResultYear(string alias) => financialYear is null ? $"COALESCE({alias}.fy, e.fy) AS fy" : fy;
        string SameYear(string alias) => financialYear is null ? $" AND e.fy = {alias}.fy" : "";
        switch (measure.Method)
        {
            case MeasureMethod.Proportion:
                sql.AppendLine(RowsCte("rows", p, unit, measure, financialYear, $"CASE WHEN ({measure.Numerator}) THEN 1 ELSE 0 END AS hit"));
                sql.AppendLine(CultureInfo.InvariantCulture, $"SELECT unit_code, {fy}, CAST(SUM(hit) AS DOUBLE) AS numerator, CAST(COUNT(*) AS DOUBLE) AS denominator");
                sql.AppendLine(CultureInfo.InvariantCulture, $"FROM rows GROUP BY {keys}");
                break;
            case MeasureMethod.Rate:
                // Events are counted rows, or the sum of population.sum when the rows are already counts (aggregate returns).
                sql.AppendLine(RowsCte("rows", p, unit, measure, financialYear, p.Sum is { } events ? [$"({events}) AS events"] : [])).AppendLine(",");
                sql.AppendLine(RowsCte("denominator_rows", measure.Denominator!, unit, measure, financialYear, $"({measure.Denominator!.Sum}) AS amount"));
                sql.AppendLine(CultureInfo.InvariantCulture, $", events AS (SELECT unit_code, {yearColumn}CAST({(p.Sum is null ? "COUNT(*)" : "SUM(events)")} AS DOUBLE) AS numerator FROM rows GROUP BY {keys})");
                sql.AppendLine(CultureInfo.InvariantCulture, $", totals AS (SELECT unit_code, {yearColumn}CAST(SUM(amount) AS DOUBLE) AS denominator FROM denominator_rows GROUP BY {keys})");
                // A unit with events but no denominator is kept (denominator NULL, or 0): its rate cannot be computed,
                // but its count is reported rather than silently lost.
                sql.AppendLine(CultureInfo.InvariantCulture, $"SELECT COALESCE(t.unit_code, e.unit_code) AS unit_code, {ResultYear("t")}, COALESCE(e.numerator, 0.0) AS numerator, t.denominator");
                sql.AppendLine(CultureInfo.InvariantCulture, $"FROM totals t FULL JOIN events e ON e.unit_code = t.unit_code{SameYear("t")}");
                sql.AppendLine("WHERE t.denominator > 0 OR e.numerator > 0");
                break;
            case MeasureMethod.DirectlyStandardisedRate:
                sql.AppendLine(RowsCte("rows", p, unit, measure, financialYear, $"({p.Age}) AS age"));
                sql.AppendLine(", events AS (");
                sql.AppendLine(CultureInfo.InvariantCulture, $"  SELECT unit_code, {yearColumn}{AgeBandSql("age")} AS age_band, CAST(COUNT(*) AS DOUBLE) AS n FROM rows");
                sql.AppendLine(CultureInfo.InvariantCulture, $"  WHERE age BETWEEN {measure.MinAge} AND {measure.MaxAge} GROUP BY {keys}, age_band)");
                sql.AppendLine(", denominators AS (");
                sql.AppendLine(CultureInfo.InvariantCulture, $"  SELECT area_code AS unit_code, {(financialYear is null ? "CAST(year AS INTEGER) AS fy, " : "")}age_band, CAST(SUM(count) AS DOUBLE) AS population FROM population");
                sql.AppendLine(CultureInfo.InvariantCulture, $"  WHERE area_kind = '{UnitKinds.OrganisationKind(unit)}' AND {BandsWithin(measure.MinAge, measure.MaxAge)}");
                if (financialYear is { } year)
                {
                    sql.AppendLine(CultureInfo.InvariantCulture, $"  AND year = {year}");
                }

                sql.AppendLine("  GROUP BY ALL)");
                // Deaths or admissions in an area and age band with no population row are kept (population NULL): the
                // area's rate cannot be computed, but its count is reported rather than silently lost.
                sql.AppendLine(CultureInfo.InvariantCulture, $"SELECT COALESCE(d.unit_code, e.unit_code) AS unit_code, {ResultYear("d")}, COALESCE(d.age_band, e.age_band) AS age_band,");
                sql.AppendLine("  COALESCE(e.n, 0.0) AS count, d.population");
                sql.AppendLine(CultureInfo.InvariantCulture, $"FROM denominators d FULL JOIN events e ON e.unit_code = d.unit_code{SameYear("d")} AND e.age_band = d.age_band");
                break;
            case MeasureMethod.IndirectlyStandardisedRatio:
                sql.AppendLine(RowsCte("rows", p, unit, measure, financialYear, [$"CASE WHEN ({measure.Outcome}) THEN 1 ELSE 0 END AS hit", .. CovariateColumns(measure)]));
                sql.AppendLine(CultureInfo.InvariantCulture, $"SELECT unit_code, {fy}, {CovariateNames(measure)}, CAST(COUNT(*) AS DOUBLE) AS trials, CAST(SUM(hit) AS DOUBLE) AS events");
                sql.AppendLine(CultureInfo.InvariantCulture, $"FROM rows GROUP BY {keys}, {CovariateNames(measure)}");
                break;
            case MeasureMethod.Mean:
            case MeasureMethod.CaseMixAdjustedMean:
                sql.AppendLine(RowsCte("rows", p, unit, measure, financialYear, [$"CAST(({measure.Outcome}) AS DOUBLE) AS y", .. CovariateColumns(measure)]));
                var patterns = measure.Covariates.Count > 0 ? CovariateNames(measure) + ", " : "";
                var groups = measure.Covariates.Count > 0 ? $"{keys}, {CovariateNames(measure)}" : keys;
                // Summed as decimals (y to 12 places), which add exactly: a parallel sum of doubles depends on the order
                // the threads' partial sums meet, so its last bits could differ from one run to the next.
                sql.AppendLine(CultureInfo.InvariantCulture, $"SELECT unit_code, {fy}, {patterns}CAST(COUNT(*) AS DOUBLE) AS n,");
                sql.AppendLine("  CAST(SUM(CAST(y AS DECIMAL(38, 12))) AS DOUBLE) AS sum_y, CAST(SUM(CAST(y * y AS DECIMAL(38, 12))) AS DOUBLE) AS sum_y2");
                sql.AppendLine(CultureInfo.InvariantCulture, $"FROM rows WHERE y IS NOT NULL GROUP BY {groups}");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(measure), measure.Method, "Unknown method.");
        }

        return sql.ToString();
    }

    /// <summary>True when <paramref name="sql"/> names <paramref name="name"/> (a table, dataset or column) as a whole word.</summary>
    public static bool Names(string sql, string name) => Regex.IsMatch(sql, $@"\b{Regex.Escape(name)}\b", RegexOptions.CultureInvariant);

    /// <summary>The financial year (its first calendar year) of a date expression: April to March.</summary>
    public static string FinancialYearSql(string date) =>
        $"(year({date}) - CASE WHEN month({date}) < 4 THEN 1 ELSE 0 END)";

    /// <summary>The 2013 European Standard Population band label of an age expression: 0-4 … 85-89, 90+.</summary>
    public static string AgeBandSql(string age) =>
        $"CASE WHEN {age} >= 90 THEN '90+' ELSE CAST(CAST(floor({age} / 5) * 5 AS INTEGER) AS VARCHAR) || '-' || CAST(CAST(floor({age} / 5) * 5 + 4 AS INTEGER) AS VARCHAR) END";

    private static string RowsCte(string name, RowSource source, string unit, MeasureDefinition measure, int? financialYear, params string[] extra)
    {
        var unitColumn = $"({source.Unit})";
        var conditions = new List<string>();
        if (source.Where is { } where)
        {
            conditions.Add($"({where})");
        }

        conditions.AddRange(source.Exclusions.Select(e => $"NOT COALESCE(({e}), FALSE)"));
        // a date range leaves out rows without a date by itself
        conditions.Add(financialYear is { } year
            ? FormattableString.Invariant($"({source.Date}) BETWEEN DATE '{year}-04-01' AND DATE '{year + 1}-03-31'")
            : $"({source.Date}) IS NOT NULL");
        conditions.Add($"{unitColumn} IS NOT NULL");

        // For one year the date range above already places every row in it, and the aggregates give the year.
        string[] fy = financialYear is null ? [$"CAST({FinancialYearSql($"({source.Date})")} AS INTEGER) AS fy"] : [];
        var columns = string.Join(", ", [$"{unitColumn} AS unit_code", .. fy, .. extra]);
        return $"{name} AS (\n  SELECT {columns}\n  FROM {source.From}\n  WHERE {string.Join("\n    AND ", conditions)}\n)";
    }

    private static string[] CovariateColumns(MeasureDefinition measure) =>
        measure.Covariates.Select(c => c.Numeric ? $"CAST(({c.Expression}) AS DOUBLE) AS c_{c.Name}" : $"CAST(({c.Expression}) AS VARCHAR) AS c_{c.Name}").ToArray();

    private static string CovariateNames(MeasureDefinition measure) =>
        string.Join(", ", measure.Covariates.Select(c => $"c_{c.Name}"));

    /// <summary>Every organisation with each of its ancestors (itself included) and the ancestor's kind: <c>code, ancestor, kind</c>.</summary>
    public static string AncestorsSql =>
        """
        WITH RECURSIVE chain(code, ancestor) AS (
          SELECT code, code FROM organisation
          UNION ALL
          SELECT c.code, o.parent_code FROM chain c JOIN organisation o ON o.code = c.ancestor WHERE o.parent_code IS NOT NULL)
        SELECT c.code, c.ancestor, o.kind FROM chain c JOIN organisation o ON o.code = c.ancestor
        """;

    private static string BandsWithin(int minAge, int maxAge)
    {
        var labels = Enumerable.Range(0, 19)
            .Select(i => (Lower: i * 5, Upper: i == 18 ? 150 : (i * 5) + 4))
            .Where(b => b.Lower >= minAge && b.Upper <= maxAge)
            .Select(b => b.Upper == 150 ? "'90+'" : $"'{b.Lower}-{b.Upper}'");
        return $"age_band IN ({string.Join(", ", labels)})";
    }
}
