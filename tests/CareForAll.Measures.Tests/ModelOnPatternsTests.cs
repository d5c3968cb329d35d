using CareForAll.Measures.Running;
using CareForAll.Statistics;
using CareForAll.Tests;
using MathNet.Numerics.LinearAlgebra;

namespace CareForAll.Measures.Tests;

/// <summary>
/// The engine fits its national risk model on covariate patterns (counts grouped in DuckDB), never row by row. With
/// categorical covariates the binomial likelihood of a pattern of n cases with x events is the sum of its n Bernoulli
/// likelihoods, so IRLS on the patterns gives the same estimates and standard errors as a fit on one row per case
/// (McCullagh P, Nelder JA. Generalized Linear Models, 2nd ed. 1989, §4.2: grouped binary data).
/// </summary>
public sealed class ModelOnPatternsTests : IDisposable
{
    private static readonly string[] Groups = ["A", "B", "C"];
    private static readonly string[] Sexes = ["F", "M"];
    private static readonly string[] Trusts = ["X", "Y"];

    private readonly HandBuiltLake lake = new();

    public void Dispose() => lake.Dispose();

    [Fact]
    public void PatternFit_EqualsTheOneRowPerSpellFit_AndExpectedDeathsAgree()
    {
        // Twelve cells (trust × group × sex), cell k with 40 + 10k spells of which 5 + 3k mod 11 died.
        var cells = (from trust in Trusts from grp in Groups from sex in Sexes select (Trust: trust, Group: grp, Sex: sex))
            .Select((c, k) => (c.Trust, c.Group, c.Sex, Spells: 40 + (10 * k), Deaths: 5 + (3 * k % 11))).ToList();
        foreach (var c in cells)
        {
            lake.AddSpells(c.Trust, c.Group, c.Spells, c.Deaths, c.Sex);
        }

        var run = new MeasureRunner(lake.Connection).Run(SpellDeaths.DeathRatio("Deaths against a model on two categorical covariates", ("grp", "specialty"), ("sex", "sex")));

        // The same model on one row per spell, coded with the engine's terms: an intercept, then indicators against the
        // most common level of each covariate (group C: 460 of 1,140 spells; male: 600).
        var model = Assert.Single(run.Models);
        var rows = cells.SelectMany(c => Enumerable.Range(0, c.Spells).Select(i => (c.Trust, c.Group, c.Sex, Died: i < c.Deaths ? 1.0 : 0.0))).ToList();
        var design = Matrix<double>.Build.Dense(rows.Count, model.Terms.Count, (r, j) => Indicator(model.Terms[j].Name, rows[r].Group, rows[r].Sex));
        var rowFit = LogisticRegression.Fit(design, rows.Select(r => r.Died).ToList(), rows.Select(_ => 1.0).ToList());

        Assert.Equal(["(intercept)", "grp=A", "grp=B", "sex=F"], model.Terms.Select(t => t.Name));
        Assert.Equal(rows.Count, model.Cases);
        Assert.True(model.Patterns <= 6, $"{model.Patterns} national patterns");
        for (var j = 0; j < model.Terms.Count; j++)
        {
            Assert.Equal(rowFit.Coefficients[j], model.Terms[j].Estimate, 8);
            Assert.Equal(rowFit.StandardErrors[j], model.Terms[j].StandardError, 8);
        }

        var predicted = LogisticRegression.PredictedProbabilities(rowFit, design);
        foreach (var trust in Trusts)
        {
            var expected = rows.Select((r, i) => (r.Trust, P: predicted[i])).Where(p => p.Trust == trust).Sum(p => p.P);
            Assert.Equal(expected, run.Results.Single(r => r.UnitCode == trust).Expected!.Value, 8);
        }
    }

    private static double Indicator(string term, string grp, string sex) => term switch
    {
        "(intercept)" => 1,
        _ when term.StartsWith("grp=", StringComparison.Ordinal) => term[4..] == grp ? 1 : 0,
        _ => term[4..] == sex ? 1 : 0,
    };

}
