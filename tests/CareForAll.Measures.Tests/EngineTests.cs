using CareForAll.Measures.Definitions;
using CareForAll.Measures.Running;
using CareForAll.Tests;

namespace CareForAll.Measures.Tests;

/// <summary>
/// Each method of the engine on a small hand-built lake, with the expected values worked out by hand in the
/// comments (the statistics methods themselves are tested against published values in CareForAll.Statistics.Tests).
/// </summary>
public sealed class EngineTests : IDisposable
{
    private readonly HandBuiltLake lake = new();

    public void Dispose() => lake.Dispose();

    private static MeasureDefinition BuiltIn(string id) => MeasureFileReader.ReadBuiltIn().Single(m => m.Id == id);

    private MeasureResult Result(MeasureRun run, string unit) => run.Results.Single(r => r.UnitCode == unit);

    [Fact]
    public void Proportion_AeFourHours_CountsWithinFourHoursPerTrust()
    {
        // RAA: 190 of 200 within four hours (95%); RBB: 50 of 100 (50%). England: 240 / 300 = 80%.
        lake.Repeat("ae_attendance", 190, "i, i, 'RAA', 'RAA01', 1, TIMESTAMP '2008-05-01 10:00', TIMESTAMP '2008-05-01 13:59', 'discharged', 40, 'F'");
        lake.Repeat("ae_attendance", 10, "i, i, 'RAA', 'RAA01', 1, TIMESTAMP '2008-05-01 10:00', TIMESTAMP '2008-05-01 14:01', 'admitted', 40, 'F'");
        lake.Repeat("ae_attendance", 50, "i, i, 'RBB', 'RBB01', 1, TIMESTAMP '2009-03-31 23:00', TIMESTAMP '2009-04-01 02:00', 'discharged', 40, 'M'");
        lake.Repeat("ae_attendance", 50, "i, i, 'RBB', 'RBB01', 1, TIMESTAMP '2009-03-31 23:00', TIMESTAMP '2009-04-01 05:00', 'discharged', 40, 'M'");

        var run = new MeasureRunner(lake.Connection).Run(BuiltIn("ae-four-hours"));

        var raa = Result(run, "RAA");
        Assert.Equal(("2008-09", 190.0, 200.0), (raa.Period, raa.Numerator, raa.Denominator));
        Assert.Equal(95.0, raa.Value!.Value, 9);
        Assert.Equal(80.0, raa.EnglandValue!.Value, 9);
        Assert.Equal("better_998", raa.Band);
        var rbb = Result(run, "RBB");
        Assert.Equal("2008-09", rbb.Period); // arrival on 31 March 2009 belongs to 2008-09
        Assert.Equal(50.0, rbb.Value!.Value, 9);
        Assert.Equal("worse_998", rbb.Band);
        Assert.True(raa.Lower95 < 95 && raa.Upper95 > 95 && raa.Lower998 < raa.Lower95);
    }

    [Fact]
    public void Rate_Mrsa_PerHundredThousandBedDays_SmallCountSuppressedWhenPublished()
    {
        // RAA: 3 cases over 12 × 10,000 bed days = 2.5 per 100,000; RBB: none over 60,000. England 3 / 180,000.
        lake.Repeat("safety_event", 3, "i, 'mrsa_bacteraemia', 'RAA', DATE '2008-06-01', NULL, NULL, TRUE");
        lake.Repeat("safety_event", 4, "i, 'c_difficile', 'RAA', DATE '2008-06-01', NULL, NULL, TRUE");
        lake.Repeat("bed_days", 12, "'RAA', DATE '2008-04-01' + to_months(CAST(i AS INTEGER)), 10000");
        lake.Repeat("bed_days", 12, "'RBB', DATE '2008-04-01' + to_months(CAST(i AS INTEGER)), 5000");

        var run = new MeasureRunner(lake.Connection).Run(BuiltIn("mrsa-bacteraemia-rate"));

        var raa = Result(run, "RAA");
        Assert.Equal((3.0, 120_000.0), (raa.Numerator, raa.Denominator));
        Assert.Equal(2.5, raa.Value!.Value, 9);
        Assert.Equal(3.0 / 180_000 * 100_000, raa.EnglandValue!.Value, 9);
        Assert.True(raa.Suppressed);
        var rbb = Result(run, "RBB");
        Assert.Equal(0.0, rbb.Value);
        Assert.False(rbb.Suppressed);

        var published = Disclosure.ForPublication(raa);
        Assert.Null(published.Numerator);
        Assert.Null(published.Value);
        Assert.Null(published.Upper95);
        Assert.Equal(120_000.0, published.Denominator);
    }

    [Fact]
    public void Rate_EventsWithoutADenominator_AreReportedWithTheirCountAndNoRate()
    {
        // RAA: 3 cases over 12 × 10,000 bed days = 2.5 per 100,000. RCC reported 9 cases but no bed days: it stays in
        // the results with its 9 cases, no denominator, no rate and no band, and England is taken over the trusts with
        // bed days only (3 / 120,000 = 2.5 per 100,000, not 12 / 120,000).
        lake.Repeat("safety_event", 3, "i, 'mrsa_bacteraemia', 'RAA', DATE '2008-06-01', NULL, NULL, TRUE");
        lake.Repeat("safety_event", 9, "i, 'mrsa_bacteraemia', 'RCC', DATE '2008-07-01', NULL, NULL, TRUE");
        lake.Repeat("bed_days", 12, "'RAA', DATE '2008-04-01' + to_months(CAST(i AS INTEGER)), 10000");

        var run = new MeasureRunner(lake.Connection).Run(BuiltIn("mrsa-bacteraemia-rate"));

        var rcc = Result(run, "RCC");
        Assert.Equal(("2008-09", 9.0), (rcc.Period, rcc.Numerator));
        Assert.Null(rcc.Denominator);
        Assert.Null(rcc.Value);
        Assert.Equal("not_compared", rcc.Band);
        Assert.Equal("events without a denominator", rcc.Note);
        Assert.Equal(9.0, Disclosure.ForPublication(rcc).Numerator);
        Assert.Equal(2.5, Result(run, "RAA").EnglandValue!.Value, 9);
    }

    [Fact]
    public void Rate_RollUp_WithAUnitMissingItsDenominator_HasNoRateEither()
    {
        // Teenage maternity admissions: C1 has 10 over 1,000 girls aged 15-19 (10 per 1,000); C2 has 8 and no population
        // row. Region Y01 counts all 18, but its population is unknown (C2's is missing), so it has no rate.
        lake.Execute("""
            INSERT INTO organisation VALUES
              ('Y01', 'Region', 'region', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
              ('C1', 'Commissioner 1', 'commissioner', 'Y01', NULL, NULL, NULL, NULL, NULL, NULL),
              ('C2', 'Commissioner 2', 'commissioner', 'Y01', NULL, NULL, NULL, NULL, NULL, NULL);
            INSERT INTO population VALUES ('C1', 'commissioner', 2008, 'F', '15-19', 1000);
            """);
        lake.Repeat("spell", 10, "i, i, 'T1', NULL, NULL, 'C1', DATE '2008-06-01', DATE '2008-06-03', '31', 'maternity', 'ordinary', '1', '501', 'O800', '', NULL, '', NULL, 17, 'F', 5, 2");
        lake.Repeat("spell", 8, "100 + i, 100 + i, 'T1', NULL, NULL, 'C2', DATE '2008-06-01', DATE '2008-06-03', '31', 'maternity', 'ordinary', '1', '501', 'O800', '', NULL, '', NULL, 17, 'F', 5, 2");

        var run = new MeasureRunner(lake.Connection).Run(BuiltIn("teenage-maternity-rate"));

        Assert.Equal(10.0, Result(run, "C1").Value!.Value, 9);
        Assert.Equal((8.0, (double?)null, (double?)null), (Result(run, "C2").Numerator, Result(run, "C2").Denominator, Result(run, "C2").Value));
        var region = Result(run, "Y01");
        Assert.Equal(("region", 18.0), (region.UnitType, region.Numerator));
        Assert.Null(region.Denominator);
        Assert.Null(region.Value);
    }

    [Fact]
    public void DirectlyStandardisedRate_Under75Cvd_UsesEuropeanStandardPopulationWeights()
    {
        // 1,000 people in each of the 15 bands 0-4 … 70-74. Deaths from CVD: 10 aged 67, 20 aged 72; not counted:
        // one at 80 (over 75) and one from cancer. ESP2013 weights 0-74 sum to 91,000; 65-69 has 5,500, 70-74 5,000.
        // DSR = (5,500 × 10/1,000 + 5,000 × 20/1,000) / 91,000 × 100,000 = 170.3297…
        lake.Execute("INSERT INTO organisation VALUES ('5AA', 'Commissioner', 'commissioner', 'Y01', NULL, NULL, NULL, NULL, NULL, NULL), ('Y01', 'Region', 'region', NULL, NULL, NULL, NULL, NULL, NULL, NULL)");
        lake.Repeat("population", 15, "'5AA', 'commissioner', 2008, 'F', CAST(i * 5 AS VARCHAR) || '-' || CAST(i * 5 + 4 AS VARCHAR), 1000");
        lake.Repeat("population", 15, "'Y01', 'region', 2008, 'F', CAST(i * 5 AS VARCHAR) || '-' || CAST(i * 5 + 4 AS VARCHAR), 1000");
        lake.Repeat("patient", 10, "i, 'F', DATE '1941-06-01', 'A', NULL, 5, 0, 'A00001', '5AA', DATE '2008-07-01', 'I219'");
        lake.Repeat("patient", 20, "100 + i, 'F', DATE '1936-01-01', 'A', NULL, 5, 0, 'A00001', '5AA', DATE '2008-07-01', 'I639'");
        lake.Execute("INSERT INTO patient VALUES (900, 'F', DATE '1928-01-01', 'A', NULL, 5, 0, 'A00001', '5AA', DATE '2008-07-01', 'I219')");
        lake.Execute("INSERT INTO patient VALUES (901, 'F', DATE '1941-01-01', 'A', NULL, 5, 0, 'A00001', '5AA', DATE '2008-07-01', 'C349')");

        var run = new MeasureRunner(lake.Connection).Run(BuiltIn("u75-cvd-mortality"));

        var commissioner = run.Results.Single(r => r.UnitCode == "5AA");
        Assert.Equal(30.0, commissioner.Numerator);
        Assert.Equal(15_000.0, commissioner.Denominator);
        Assert.Equal(170.32967032967, commissioner.Value!.Value, 8);
        var region = run.Results.Single(r => r.UnitCode == "Y01");
        Assert.Equal("region", region.UnitType);
        Assert.Equal(commissioner.Value, region.Value);
    }

    [Fact]
    public void DirectlyStandardisedRate_DeathsInAnAreaWithoutPopulation_AreReportedNotLost()
    {
        // 5AA as above: 1,000 people in each band 0-74, 10 CVD deaths aged 67 and 20 aged 72, DSR 170.3297…
        // 5BB has 4 CVD deaths aged 67 and no population row: its count is kept, with no denominator and no rate,
        // and England is 5AA's rate alone. The region holds both, so its total population is unknown too.
        lake.Execute("""
            INSERT INTO organisation VALUES
              ('5AA', 'Commissioner A', 'commissioner', 'Y01', NULL, NULL, NULL, NULL, NULL, NULL),
              ('5BB', 'Commissioner B', 'commissioner', 'Y01', NULL, NULL, NULL, NULL, NULL, NULL),
              ('Y01', 'Region', 'region', NULL, NULL, NULL, NULL, NULL, NULL, NULL)
            """);
        lake.Repeat("population", 15, "'5AA', 'commissioner', 2008, 'F', CAST(i * 5 AS VARCHAR) || '-' || CAST(i * 5 + 4 AS VARCHAR), 1000");
        lake.Repeat("patient", 10, "i, 'F', DATE '1941-06-01', 'A', NULL, 5, 0, 'A00001', '5AA', DATE '2008-07-01', 'I219'");
        lake.Repeat("patient", 20, "100 + i, 'F', DATE '1936-01-01', 'A', NULL, 5, 0, 'A00001', '5AA', DATE '2008-07-01', 'I639'");
        lake.Repeat("patient", 4, "200 + i, 'F', DATE '1941-06-01', 'A', NULL, 5, 0, 'A00002', '5BB', DATE '2008-07-01', 'I219'");

        var run = new MeasureRunner(lake.Connection).Run(BuiltIn("u75-cvd-mortality"));

        var known = run.Results.Single(r => r.UnitCode == "5AA");
        Assert.Equal(170.32967032967, known.Value!.Value, 8);
        Assert.Equal(known.Value.Value, known.EnglandValue!.Value, 9);
        var unknown = run.Results.Single(r => r.UnitCode == "5BB");
        Assert.Equal((4.0, (double?)null, (double?)null, "not_compared"), (unknown.Numerator, unknown.Denominator, unknown.Value, unknown.Band));
        var region = run.Results.Single(r => r.UnitCode == "Y01");
        Assert.Equal((34.0, (double?)null, (double?)null), (region.Numerator, region.Denominator, region.Value));
    }

    [Fact]
    public void Rate_ForOneYear_GivesThatYearOfTheRunOverEveryYear()
    {
        // RAA: 3 cases in 2008-09 and 2 in 2009-10, 10,000 bed days a month in both; RBB: bed days in 2008-09 only;
        // RCC: 9 cases in 2008-09 and no bed days. A run for 2008-09 alone (which joins the cases to the bed days on
        // the trust alone) must give exactly the 2008-09 rows of the run over every year.
        lake.Repeat("safety_event", 3, "i, 'mrsa_bacteraemia', 'RAA', DATE '2008-06-01', NULL, NULL, TRUE");
        lake.Repeat("safety_event", 2, "10 + i, 'mrsa_bacteraemia', 'RAA', DATE '2009-06-01', NULL, NULL, TRUE");
        lake.Repeat("safety_event", 9, "20 + i, 'mrsa_bacteraemia', 'RCC', DATE '2008-07-01', NULL, NULL, TRUE");
        lake.Repeat("bed_days", 24, "'RAA', DATE '2008-04-01' + to_months(CAST(i AS INTEGER)), 10000");
        lake.Repeat("bed_days", 12, "'RBB', DATE '2008-04-01' + to_months(CAST(i AS INTEGER)), 5000");

        var oneYear = AssertOneYearIsThatYearOfEveryYear("mrsa-bacteraemia-rate", 2008);

        Assert.Equal(["RAA 3/120000", "RBB 0/60000", "RCC 9/"], oneYear.Select(r => $"{r.UnitCode} {r.Numerator}/{r.Denominator}"));
    }

    [Fact]
    public void Rate_OverAPopulation_ForOneYear_GivesThatYearOfTheRunOverEveryYear()
    {
        // Teenage maternity admissions: C1 has 1,000 girls aged 15-19 in 2008 and in 2009, and 10 and 6 admissions; C2
        // has 8 admissions in 2008 and no population. The 2008-09 run must give exactly the 2008-09 rows of the run over
        // every year (one year of population, not two).
        lake.Execute("""
            INSERT INTO organisation VALUES
              ('Y01', 'Region', 'region', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
              ('C1', 'Commissioner 1', 'commissioner', 'Y01', NULL, NULL, NULL, NULL, NULL, NULL),
              ('C2', 'Commissioner 2', 'commissioner', 'Y01', NULL, NULL, NULL, NULL, NULL, NULL);
            INSERT INTO population VALUES ('C1', 'commissioner', 2008, 'F', '15-19', 1000), ('C1', 'commissioner', 2009, 'F', '15-19', 1000);
            """);
        lake.Repeat("spell", 10, "i, i, 'T1', NULL, NULL, 'C1', DATE '2008-06-01', DATE '2008-06-03', '31', 'maternity', 'ordinary', '1', '501', 'O800', '', NULL, '', NULL, 17, 'F', 5, 2");
        lake.Repeat("spell", 6, "50 + i, 50 + i, 'T1', NULL, NULL, 'C1', DATE '2009-06-01', DATE '2009-06-03', '31', 'maternity', 'ordinary', '1', '501', 'O800', '', NULL, '', NULL, 17, 'F', 5, 2");
        lake.Repeat("spell", 8, "100 + i, 100 + i, 'T1', NULL, NULL, 'C2', DATE '2008-06-01', DATE '2008-06-03', '31', 'maternity', 'ordinary', '1', '501', 'O800', '', NULL, '', NULL, 17, 'F', 5, 2");

        var oneYear = AssertOneYearIsThatYearOfEveryYear("teenage-maternity-rate", 2008);

        Assert.Equal(["C1 10/1000", "C2 8/", "Y01 18/"], oneYear.Select(r => $"{r.UnitCode} {r.Numerator}/{r.Denominator}"));
    }

    [Fact]
    public void DirectlyStandardisedRate_ForOneYear_GivesThatYearOfTheRunOverEveryYear()
    {
        // Under-75 CVD deaths: 5AA has 1,000 people in each band 0-74 in 2008 and in 2009, 30 deaths in 2008-09 and 5 in
        // 2009-10; 5BB has 4 deaths in 2008-09 and no population. The 2008-09 run joins deaths to population on area
        // and age band alone, and must give exactly the 2008-09 rows of the run over every year.
        lake.Execute("""
            INSERT INTO organisation VALUES
              ('5AA', 'Commissioner A', 'commissioner', 'Y01', NULL, NULL, NULL, NULL, NULL, NULL),
              ('5BB', 'Commissioner B', 'commissioner', 'Y01', NULL, NULL, NULL, NULL, NULL, NULL),
              ('Y01', 'Region', 'region', NULL, NULL, NULL, NULL, NULL, NULL, NULL)
            """);
        lake.Repeat("population", 15, "'5AA', 'commissioner', 2008, 'F', CAST(i * 5 AS VARCHAR) || '-' || CAST(i * 5 + 4 AS VARCHAR), 1000");
        lake.Repeat("population", 15, "'5AA', 'commissioner', 2009, 'F', CAST(i * 5 AS VARCHAR) || '-' || CAST(i * 5 + 4 AS VARCHAR), 1000");
        lake.Repeat("patient", 10, "i, 'F', DATE '1941-06-01', 'A', NULL, 5, 0, 'A00001', '5AA', DATE '2008-07-01', 'I219'");
        lake.Repeat("patient", 20, "100 + i, 'F', DATE '1936-01-01', 'A', NULL, 5, 0, 'A00001', '5AA', DATE '2008-07-01', 'I639'");
        lake.Repeat("patient", 5, "200 + i, 'F', DATE '1942-01-01', 'A', NULL, 5, 0, 'A00001', '5AA', DATE '2009-07-01', 'I219'");
        lake.Repeat("patient", 4, "300 + i, 'F', DATE '1941-06-01', 'A', NULL, 5, 0, 'A00002', '5BB', DATE '2008-07-01', 'I219'");

        var oneYear = AssertOneYearIsThatYearOfEveryYear("u75-cvd-mortality", 2008);

        Assert.Equal(["5AA 30/15000", "5BB 4/", "Y01 34/"], oneYear.Select(r => $"{r.UnitCode} {r.Numerator}/{r.Denominator}"));
    }

    /// <summary>Runs the measure for one year and over every year, asserts that the first gives exactly the second's
    /// rows for that year, and returns them in unit order.</summary>
    private List<MeasureResult> AssertOneYearIsThatYearOfEveryYear(string id, int year)
    {
        var measure = BuiltIn(id);
        var period = $"{year}-{(year + 1) % 100:00}";
        var everyYear = new MeasureRunner(lake.Connection).Run(measure).Results;
        var oneYear = new MeasureRunner(lake.Connection).Run(measure, year).Results.OrderBy(r => r.UnitCode, StringComparer.Ordinal).ToList();
        Assert.Contains(everyYear, r => r.Period != period);
        Assert.Equal(
            everyYear.Where(r => r.Period == period).Select(r => r.ToString()).Order(StringComparer.Ordinal),
            oneYear.Select(r => r.ToString()));
        return oneYear;
    }

    [Fact]
    public void StandardisedRatio_SaturatedModel_ExpectedIsNationalRateOfEachGroup()
    {
        // Group A nationally 25 deaths in 400 (6.25%), group B 50 in 150 (1/3). A saturated model predicts exactly these.
        // X: 100 A (10 deaths) + 100 B (30): expected 6.25 + 33.333… = 39.5833…, observed 40.
        // Y: 300 A (15) + 50 B (20): expected 18.75 + 16.666… = 35.4166…, observed 35.
        lake.AddSpells("X", "A", 100, 10);
        lake.AddSpells("X", "B", 100, 30);
        lake.AddSpells("Y", "A", 300, 15);
        lake.AddSpells("Y", "B", 50, 20);
        var measure = SpellDeaths.DeathRatio("Deaths against a saturated model", ("grp", "specialty")) with { Version = 2 };

        var run = new MeasureRunner(lake.Connection).Run(measure);

        var x = Result(run, "X");
        Assert.Equal(40.0, x.Observed);
        Assert.Equal(39.583333333, x.Expected!.Value, 6);
        Assert.Equal(40 / 39.583333333, x.Value!.Value, 6);
        Assert.Equal(35.416666667, Result(run, "Y").Expected!.Value, 6);
        Assert.Equal(1.0, x.EnglandValue);
        Assert.Equal(2, x.MeasureVersion);
        var model = Assert.Single(run.Models);
        Assert.Equal(["(intercept)", "grp=B"], model.Terms.Select(t => t.Name));
        Assert.Equal(Math.Log(0.0625 / 0.9375), model.Terms[0].Estimate, 6);
        Assert.Equal(550.0, model.Cases);
        Assert.InRange(model.CStatistic!.Value, 0.5, 1.0);
    }

    [Fact]
    public void AdjustedMean_SaturatedModel_AdjustsForCaseMix()
    {
        // National means: A (10 × 10 + 30 × 12) / 40 = 11.5; B (10 × 20 + 10 × 24) / 20 = 22; England 900 / 60 = 15.
        // X: observed 15, expected (10 × 11.5 + 10 × 22) / 20 = 16.75, adjusted 15 + 15 − 16.75 = 13.25.
        // Y: observed 15, expected (30 × 11.5 + 10 × 22) / 40 = 14.125, adjusted 15.875.
        AddScores("X", "A", 10, 10);
        AddScores("X", "B", 10, 20);
        AddScores("Y", "A", 30, 12);
        AddScores("Y", "B", 10, 24);
        var measure = MeasureFileReader.Parse("test.yaml", """
            id: test-mean
            version: 1
            title: Test adjusted mean
            description: Scores adjusted for group
            domain: effectiveness
            unit: trust
            method: case-mix-adjusted-mean
            higher_is: better
            status: draft
            owner: tests
            population:
              from: spell
              unit: provider_code
              date: discharge_date
            outcome: los_days
            covariates:
              - name: grp
                expression: specialty
            """);

        var run = new MeasureRunner(lake.Connection).Run(measure);

        Assert.Equal(13.25, Result(run, "X").Value!.Value, 9);
        Assert.Equal(15.875, Result(run, "Y").Value!.Value, 9);
        Assert.Equal(15.0, Result(run, "X").EnglandValue!.Value, 9);
        Assert.Equal(16.75, Result(run, "X").Expected!.Value, 9);
    }

    [Fact]
    public void Proportion_DiabetesControl_UsesLatestReadingAndRollsUpToCommissioner()
    {
        // P1: three people with diabetes; 1 latest 50 (controlled), 2 latest 70 after an earlier 50 (not), 3 latest 58
        // (controlled). P2: two; 4 latest 52, 5 has no reading. Someone without diabetes is not counted.
        // P1 2/3, P2 1/2, commissioner C1 3/5.
        lake.Execute("""
            INSERT INTO organisation VALUES
              ('Y01', 'Region', 'region', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
              ('C1', 'Commissioner', 'commissioner', 'Y01', NULL, NULL, NULL, NULL, NULL, NULL),
              ('P1', 'Practice 1', 'gp_practice', 'C1', NULL, NULL, NULL, NULL, NULL, TRUE),
              ('P2', 'Practice 2', 'gp_practice', 'C1', NULL, NULL, NULL, NULL, NULL, TRUE);
            INSERT INTO population VALUES ('C1', 'commissioner', 2008, 'F', '40-44', 100);
            INSERT INTO patient SELECT i, 'F', DATE '1950-01-01', 'A', NULL, 5, 0, CASE WHEN i <= 3 THEN 'P1' ELSE 'P2' END, 'C1', NULL, NULL FROM range(1, 7) t(i);
            INSERT INTO condition SELECT i, 'diabetes', '44054006', DATE '2000-01-01', NULL FROM range(1, 6) t(i);
            INSERT INTO observation VALUES
              (1, 'P1', DATE '2008-10-01', 'hba1c', 50, 'mmol/mol', NULL),
              (2, 'P1', DATE '2008-05-01', 'hba1c', 50, 'mmol/mol', NULL),
              (2, 'P1', DATE '2009-02-01', 'hba1c', 70, 'mmol/mol', NULL),
              (3, 'P1', DATE '2009-03-31', 'hba1c', 58, 'mmol/mol', NULL),
              (4, 'P2', DATE '2008-12-01', 'hba1c', 52, 'mmol/mol', NULL),
              (6, 'P2', DATE '2008-12-01', 'hba1c', 40, 'mmol/mol', NULL);
            """);

        var run = new MeasureRunner(lake.Connection).Run(BuiltIn("diabetes-hba1c-58"));

        Assert.Equal((2.0, 3.0), (Result(run, "P1").Numerator, Result(run, "P1").Denominator));
        Assert.Equal((1.0, 2.0), (Result(run, "P2").Numerator, Result(run, "P2").Denominator));
        var c1 = Result(run, "C1");
        Assert.Equal(("commissioner", 3.0, 5.0), (c1.UnitType, c1.Numerator, c1.Denominator));
        Assert.Equal(60.0, c1.Value!.Value, 9);
        Assert.Equal(("region", 3.0), (Result(run, "Y01").UnitType, Result(run, "Y01").Numerator));
    }

    [Fact]
    public void Datasets_ARunnerToldOfOneMeasure_RebuildsForAnotherThatNamesMoreColumns()
    {
        // P1 has two people on both the diabetes and hypertension registers: person 1 with HbA1c 50 and BP 140/80
        // (both controlled), person 2 with HbA1c 70 and BP 160/95 (neither). The runner is prepared for the diabetes
        // measure only, so patient_year is first built without the blood pressure columns; the hypertension measure
        // run afterwards must still find them: 1 of 2 controlled for each.
        lake.Execute("""
            INSERT INTO population VALUES ('C1', 'commissioner', 2008, 'F', '40-44', 100);
            INSERT INTO patient SELECT i, 'F', DATE '1950-01-01', 'A', NULL, 5, 0, 'P1', 'C1', NULL, NULL FROM range(1, 3) t(i);
            INSERT INTO condition SELECT i, c, NULL, DATE '2000-01-01', NULL FROM range(1, 3) t(i), (VALUES ('diabetes'), ('hypertension')) v(c);
            INSERT INTO observation VALUES
              (1, 'P1', DATE '2009-01-01', 'hba1c', 50, NULL, NULL), (1, 'P1', DATE '2009-01-01', 'systolic_bp', 140, NULL, NULL),
              (1, 'P1', DATE '2009-01-01', 'diastolic_bp', 80, NULL, NULL), (2, 'P1', DATE '2009-01-01', 'hba1c', 70, NULL, NULL),
              (2, 'P1', DATE '2009-01-01', 'systolic_bp', 160, NULL, NULL), (2, 'P1', DATE '2009-01-01', 'diastolic_bp', 95, NULL, NULL);
            """);
        var runner = new MeasureRunner(lake.Connection);
        runner.Prepare([BuiltIn("diabetes-hba1c-58")]);

        var diabetes = Result(runner.Run(BuiltIn("diabetes-hba1c-58")), "P1");
        var hypertension = Result(runner.Run(BuiltIn("hypertension-bp-150-90")), "P1");

        Assert.Equal((1.0, 2.0), (diabetes.Numerator, diabetes.Denominator));
        Assert.Equal((1.0, 2.0), (hypertension.Numerator, hypertension.Denominator));
    }

    [Fact]
    public void Prepare_RunsMeasuresSharingADatasetTogether_AndDropsItAfterTheLast()
    {
        var runner = new MeasureRunner(lake.Connection);

        var order = runner.Prepare([BuiltIn("diabetes-hba1c-58"), BuiltIn("ae-four-hours"), BuiltIn("hypertension-bp-150-90")]);
        Assert.Equal(["diabetes-hba1c-58", "hypertension-bp-150-90", "ae-four-hours"], order.Select(s => s.Measure.Id));

        runner.Run(order[0]);
        Assert.Equal(1, TempTables("patient_year"));
        runner.Run(order[1]);
        Assert.Equal(0, TempTables("patient_year"));
    }

    [Fact]
    public void Prepare_OverSeveralYears_BuildsPatientYearOneYearAtATime_WithTheSameResults()
    {
        // Three people with diabetes at P1, in 2008-09 and 2009-10 (year-ends 31 March 2009 and 2010). Person 1's
        // HbA1c of 50 on 15 February 2009 lies in both years' 15-month windows (after 31 December 2007 and 2008), so
        // counts in both. Person 2 had 70 on 1 June 2008 (2008-09 only) and 55 on 1 December 2009 (2009-10). Person 3
        // has no reading. So 1 of 3 is controlled in 2008-09, and 2 of 3 in 2009-10.
        lake.Execute("""
            INSERT INTO population VALUES ('C1', 'commissioner', 2008, 'F', '55-59', 100), ('C1', 'commissioner', 2009, 'F', '55-59', 100);
            INSERT INTO patient SELECT i, 'F', DATE '1950-01-01', 'A', NULL, 5, 0, 'P1', 'C1', NULL, NULL FROM range(1, 4) t(i);
            INSERT INTO condition SELECT i, 'diabetes', NULL, DATE '2000-01-01', NULL FROM range(1, 4) t(i);
            INSERT INTO observation VALUES
              (1, 'P1', DATE '2009-02-15', 'hba1c', 50, NULL, NULL),
              (2, 'P1', DATE '2008-06-01', 'hba1c', 70, NULL, NULL), (2, 'P1', DATE '2009-12-01', 'hba1c', 55, NULL, NULL);
            """);
        var measure = BuiltIn("diabetes-hba1c-58");
        var runner = new MeasureRunner(lake.Connection, new HashSet<int> { 2008, 2009 });

        var steps = runner.Prepare([measure]);
        Assert.Equal([2008, 2009], steps.Select(s => s.FinancialYear));
        var first = runner.Run(steps[0]);
        Assert.Equal(1L, Scalar("SELECT count(DISTINCT year_end) FROM patient_year"));
        var byYear = MeasureRun.Combine([first, runner.Run(steps[1])]).Single();
        var allAtOnce = new MeasureRunner(lake.Connection, new HashSet<int> { 2008, 2009 }).Run(measure);

        var p1 = byYear.Results.Where(r => r.UnitCode == "P1").OrderBy(r => r.Period, StringComparer.Ordinal).ToList();
        Assert.Equal([("2008-09", 1.0, 3.0), ("2009-10", 2.0, 3.0)], p1.Select(r => (r.Period, r.Numerator!.Value, r.Denominator!.Value)));
        Assert.Equal(Sorted(allAtOnce.Results), Sorted(byYear.Results));
    }

    [Fact]
    public void Prepare_MeasureDatedByAnotherColumn_ReadsEveryYearOfPatientYear()
    {
        // A measure over patient_year dated by the last statin prescription, not by the year-end. Person 1, on the
        // diabetes register, was last prescribed a statin on 1 February 2009 (2008-09), so both their person-years
        // (year-ends 31 March 2009 and 2010) are dated 2008-09: 2 rows in 2008-09 and none in 2009-10. Building
        // patient_year a year at a time by year-end would have lost the second.
        lake.Execute("""
            INSERT INTO population VALUES ('C1', 'commissioner', 2008, 'F', '55-59', 100), ('C1', 'commissioner', 2009, 'F', '55-59', 100);
            INSERT INTO patient VALUES (1, 'F', DATE '1950-01-01', 'A', NULL, 5, 0, 'P1', 'C1', NULL, NULL);
            INSERT INTO condition VALUES (1, 'diabetes', NULL, DATE '2000-01-01', NULL);
            INSERT INTO medication VALUES (1, 'P1', DATE '2009-02-01', 'statin', 'simvastatin');
            """);
        var measure = MeasureFileReader.Parse("statin-dated.yaml", """
            id: statin-dated
            version: 1
            title: Person-years on the diabetes register, by the year of the last statin
            description: A test measure dated by another column than the dataset's period.
            domain: effectiveness
            unit: practice
            method: proportion
            higher_is: better
            status: approved
            owner: tests
            references: []
            multiplier: 100
            population:
              from: patient_year py
              unit: py.practice_code
              date: py.last_statin
            numerator: py.diabetes
            """);
        var runner = new MeasureRunner(lake.Connection, new HashSet<int> { 2008, 2009 });

        var steps = runner.Prepare([measure]);
        var run = MeasureRun.Combine(steps.Select(runner.Run)).Single();

        Assert.Equal([(int?)null], steps.Select(s => s.FinancialYear));
        Assert.Equal([("2008-09", 2.0)], run.Results.Select(r => (r.Period, r.Denominator!.Value)));
    }

    private static List<string> Sorted(IEnumerable<MeasureResult> results) =>
        [.. results.OrderBy(r => r.UnitType, StringComparer.Ordinal).ThenBy(r => r.UnitCode, StringComparer.Ordinal).ThenBy(r => r.Period, StringComparer.Ordinal).Select(r => r.ToString())];

    private long Scalar(string sql)
    {
        using var command = lake.Connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private long TempTables(string name) => Scalar($"SELECT count(*) FROM duckdb_tables() WHERE temporary AND table_name = '{name}'");

    [Fact]
    public void Readmission_CountsEmergencyReturnsToAnyHospitalWithin30Days()
    {
        // Trust A: 10 discharges, of which 3 come back as emergencies within 30 days (to trust C) and 1 on day 31.
        // Trust B: 10 discharges, 1 back within 30 days. The returns are cancer admissions, so not index spells.
        // The model has no usable covariate levels (too few events), so expected = national 4/20 × discharges = 2.
        lake.Repeat("spell", 10, "i, i, 'A', NULL, NULL, NULL, DATE '2008-06-01', DATE '2008-06-05', '21', 'emergency', 'ordinary', '1', '300', 'J189', '', NULL, '', NULL, 60, 'F', 5, 4");
        lake.Repeat("spell", 10, "100 + i, 100 + i, 'B', NULL, NULL, NULL, DATE '2008-06-01', DATE '2008-06-05', '21', 'emergency', 'ordinary', '1', '300', 'J189', '', NULL, '', NULL, 60, 'F', 5, 4");
        lake.Repeat("spell", 3, "1000 + i, i, 'C', NULL, NULL, NULL, DATE '2008-07-05', DATE '2008-07-08', '21', 'emergency', 'ordinary', '1', '300', 'C349', '', NULL, '', NULL, 60, 'F', 5, 3");
        lake.Execute("INSERT INTO spell VALUES (1100, 9, 'C', NULL, NULL, NULL, DATE '2008-07-06', DATE '2008-07-08', '21', 'emergency', 'ordinary', '1', '300', 'C349', '', NULL, '', NULL, 60, 'F', 5, 2)");
        lake.Execute("INSERT INTO spell VALUES (1200, 100, 'C', NULL, NULL, NULL, DATE '2008-06-20', DATE '2008-06-22', '21', 'emergency', 'ordinary', '1', '300', 'C349', '', NULL, '', NULL, 60, 'F', 5, 2)");

        var run = new MeasureRunner(lake.Connection).Run(BuiltIn("emergency-readmission-30-days"));

        Assert.Equal(3.0, Result(run, "A").Observed);
        Assert.Equal(2.0, Result(run, "A").Expected!.Value, 9);
        Assert.Equal(150.0, Result(run, "A").Value!.Value, 9);
        Assert.Equal(1.0, Result(run, "B").Observed);
        Assert.Equal(2.0, Result(run, "B").Expected!.Value, 9);
        Assert.DoesNotContain(run.Results, r => r.UnitCode == "C");
    }

    [Fact]
    public void Readmission_ForOneYear_KeepsThatYearsSpells_AndFindsReturnsInTheNext()
    {
        // Trust A: 10 discharges on 20 March 2009 (2008-09), 3 of them back as emergencies on 5 April 2009 (2009-10,
        // cancer admissions to trust C, so not index spells), and 10 more discharges in June 2009 (2009-10).
        // For 2008-09 alone the table holds the 10 March discharges, and the returns after the year still count.
        lake.Repeat("spell", 10, "i, i, 'A', NULL, NULL, NULL, DATE '2009-03-15', DATE '2009-03-20', '21', 'emergency', 'ordinary', '1', '300', 'J189', '', NULL, '', NULL, 60, 'F', 5, 5");
        lake.Repeat("spell", 3, "1000 + i, i, 'C', NULL, NULL, NULL, DATE '2009-04-05', DATE '2009-04-08', '21', 'emergency', 'ordinary', '1', '300', 'C349', '', NULL, '', NULL, 60, 'F', 5, 3");
        lake.Repeat("spell", 10, "100 + i, 100 + i, 'A', NULL, NULL, NULL, DATE '2009-06-01', DATE '2009-06-05', '21', 'emergency', 'ordinary', '1', '300', 'J189', '', NULL, '', NULL, 60, 'F', 5, 4");
        var measure = BuiltIn("emergency-readmission-30-days");

        var oneYear = new MeasureRunner(lake.Connection).Run(measure, 2008);
        var held = Scalar("SELECT count(*) FROM spell_outcome");
        var everyYear = new MeasureRunner(lake.Connection).Run(measure);

        Assert.Equal(10L, held);
        Assert.Equal(3.0, Result(oneYear, "A").Observed);
        Assert.Equal(everyYear.Results.Single(r => r.UnitCode == "A" && r.Period == "2008-09").ToString(), Result(oneYear, "A").ToString());
    }

    [Fact]
    public void Mortality_DeathIsCountedOnceOnThePatientsLastSpell()
    {
        // Patient 1 left trust X on 1 May and trust Y on 20 May, and died on 25 May: within 30 days of both, but the
        // death belongs to the last spell (Y) only. Nine more patients at each trust survive.
        lake.Execute("""
            INSERT INTO patient VALUES (1, 'M', DATE '1930-01-01', 'A', NULL, 5, 0, 'P1', 'C1', DATE '2008-05-25', 'I219');
            INSERT INTO spell VALUES
              (1, 1, 'X', NULL, NULL, NULL, DATE '2008-04-25', DATE '2008-05-01', '21', 'emergency', 'ordinary', '1', '300', 'I219', '', NULL, '', NULL, 78, 'M', 5, 6),
              (2, 1, 'Y', NULL, NULL, NULL, DATE '2008-05-15', DATE '2008-05-20', '21', 'emergency', 'ordinary', '1', '300', 'I219', '', NULL, '', NULL, 78, 'M', 5, 5);
            """);
        lake.Repeat("spell", 9, "10 + i, 10 + i, 'X', NULL, NULL, NULL, DATE '2008-06-01', DATE '2008-06-05', '21', 'emergency', 'ordinary', '1', '300', 'I219', '', NULL, '', NULL, 78, 'M', 5, 4");
        lake.Repeat("spell", 9, "20 + i, 20 + i, 'Y', NULL, NULL, NULL, DATE '2008-06-01', DATE '2008-06-05', '21', 'emergency', 'ordinary', '1', '300', 'I219', '', NULL, '', NULL, 78, 'M', 5, 4");

        var run = new MeasureRunner(lake.Connection).Run(BuiltIn("hospital-mortality-ratio"));

        Assert.Equal(0.0, Result(run, "X").Observed);
        Assert.Equal(1.0, Result(run, "Y").Observed);
        Assert.Equal(0.5, Result(run, "Y").Expected!.Value, 9);
    }

    [Fact]
    public void Mortality_CountsADischargeAsDeadEvenWithoutADeathDate()
    {
        // Patient 1 was discharged dead (method 4) from trust X, but the patient table has no death date for them (as
        // happens before the death registration reaches the record); patient 2 died 40 days after leaving trust Y, too
        // late to count. Nine more patients at each trust survive.
        lake.Execute("""
            INSERT INTO patient VALUES (2, 'M', DATE '1930-01-01', 'A', NULL, 5, 0, 'P1', 'C1', DATE '2008-07-15', 'I219');
            INSERT INTO spell VALUES
              (1, 1, 'X', NULL, NULL, NULL, DATE '2008-04-25', DATE '2008-05-01', '21', 'emergency', 'ordinary', '4', '300', 'I219', '', NULL, '', NULL, 78, 'M', 5, 6),
              (2, 2, 'Y', NULL, NULL, NULL, DATE '2008-05-30', DATE '2008-06-05', '21', 'emergency', 'ordinary', '1', '300', 'I219', '', NULL, '', NULL, 78, 'M', 5, 6);
            """);
        lake.Repeat("spell", 9, "10 + i, 10 + i, 'X', NULL, NULL, NULL, DATE '2008-06-01', DATE '2008-06-05', '21', 'emergency', 'ordinary', '1', '300', 'I219', '', NULL, '', NULL, 78, 'M', 5, 4");
        lake.Repeat("spell", 9, "20 + i, 20 + i, 'Y', NULL, NULL, NULL, DATE '2008-06-01', DATE '2008-06-05', '21', 'emergency', 'ordinary', '1', '300', 'I219', '', NULL, '', NULL, 78, 'M', 5, 4");

        var run = new MeasureRunner(lake.Connection).Run(BuiltIn("hospital-mortality-ratio"));

        Assert.Equal(1.0, Result(run, "X").Observed);
        Assert.Equal(0.0, Result(run, "Y").Observed);
    }

    [Fact]
    public void EveryShippedMeasure_RunsOnTheLakeSchema()
    {
        var measures = MeasureFileReader.ReadBuiltIn();

        Assert.True(measures.Count >= 27, $"{measures.Count} measures");
        foreach (var measure in measures)
        {
            var run = new MeasureRunner(lake.Connection).Run(measure);
            Assert.Empty(run.Results);
        }
    }


    private void AddScores(string trust, string group, int count, int score) =>
        lake.Repeat("spell", count, $"i, i, '{trust}', NULL, NULL, NULL, DATE '2008-06-01', DATE '2008-06-05', '11', 'elective', 'ordinary', '1', '{group}', 'M161', '', NULL, '', NULL, 70, 'M', 5, {score}");
}
