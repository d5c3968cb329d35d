namespace CareForAll.Measures.Tests.Spec;

/// <summary>
/// The trust and practice measures over single lake tables: referral to treatment, Friends and Family answers and
/// safety events against bed days or admissions. A row dated 31 March 2009 belongs to 2008-09, one dated 1 April
/// 2009 to 2009-10.
/// </summary>
public sealed class TrustActivitySpecs : MeasureSpec
{
    [Fact]
    public void Rtt18Weeks_CompletedPathwaysStoppedWithin126Days()
    {
        // RAA 2008-09: 1 stopped after 126 days (in), 2 after 127 (out), 4 stopped 31 Mar 2009 after 89 days (in) → 2 / 3.
        // 3 still waiting (no clock stop) is not counted; 5 stopped 1 Apr 2009 is RAA's 2009-10 (1 / 1).
        // RBB: 6 after 30 days → 1 / 1. England 2008-09: 3 / 4 = 75%.
        (long Id, string Trust, string Referred, string? Stopped)[] pathways =
        [
            (1, "RAA", "2008-05-01", "2008-09-04"), (2, "RAA", "2008-05-01", "2008-09-05"), (3, "RAA", "2008-05-01", null),
            (4, "RAA", "2009-01-01", "2009-03-31"), (5, "RAA", "2009-01-01", "2009-04-01"), (6, "RBB", "2008-06-01", "2008-07-01"),
        ];
        foreach (var (id, trust, referred, stopped) in pathways)
        {
            var stop = stopped is null ? "NULL" : $"DATE '{stopped}'";
            Lake.Execute($"INSERT INTO referral VALUES ({id}, {id}, '{trust}', 'C1', '110', DATE '{referred}', {stop}, TRUE)");
        }

        var run = Run("rtt-18-weeks");

        var raa = Result(run, "RAA");
        Assert.Equal((2.0, 3.0), (raa.Numerator, raa.Denominator));
        Assert.Equal(200.0 / 3, raa.Value!.Value, 9);
        Assert.Equal(75.0, raa.EnglandValue!.Value, 9);
        Assert.Equal((1.0, 1.0), (Result(run, "RAA", "2009-10").Numerator, Result(run, "RAA", "2009-10").Denominator));
        Assert.Equal(100.0, Result(run, "RBB").Value!.Value, 9);
    }

    [Fact]
    public void FftTrust_WardsAeAndMaternity_ExtremelyLikelyOrLikely()
    {
        // RAA 2008-09: answers 1 to 6 across inpatient, A&E and maternity → 2 recommend of 6 (don't know counts in
        // the denominator) = 33.33%. Not counted: a GP-setting answer of 1 filed against RAA; an answer dated
        // 1 April 2009 (2009-10).
        (string Setting, string Date, int Answer)[] answers =
        [
            ("inpatient", "2008-04-01", 1), ("ae", "2009-03-31", 2), ("maternity", "2008-06-01", 3), ("inpatient", "2008-06-01", 4),
            ("ae", "2008-06-01", 5), ("maternity", "2008-06-01", 6), ("gp", "2008-06-01", 1), ("inpatient", "2009-04-01", 1),
        ];
        for (var i = 0; i < answers.Length; i++)
        {
            Lake.Execute($"INSERT INTO experience_response VALUES ({i}, 'RAA', 'RAA01', '{answers[i].Setting}', DATE '{answers[i].Date}', {answers[i].Answer})");
        }

        var raa = Result(Run("fft-recommend-trust"), "RAA");

        Assert.Equal((2.0, 6.0), (raa.Numerator, raa.Denominator));
        Assert.Equal(100.0 / 3, raa.Value!.Value, 9);
    }

    [Fact]
    public void FftPractice_GpAnswersOnly_RolledUpToCommissionerAndRegion()
    {
        // P1: 1, 1, 2, 6 → 3 / 4 = 75% (an inpatient answer filed against P1 is not counted). P2: 5, 2 → 1 / 2.
        // Commissioner C1 and region Y01: 4 / 6 = 66.67%.
        Organisations();
        (string Practice, string Setting, int Answer)[] answers =
        [
            ("P1", "gp", 1), ("P1", "gp", 1), ("P1", "gp", 2), ("P1", "gp", 6), ("P1", "inpatient", 5), ("P2", "gp", 5), ("P2", "gp", 2),
        ];
        for (var i = 0; i < answers.Length; i++)
        {
            Lake.Execute($"INSERT INTO experience_response VALUES ({i}, '{answers[i].Practice}', NULL, '{answers[i].Setting}', DATE '2008-06-01', {answers[i].Answer})");
        }

        var run = Run("fft-recommend-practice");

        Assert.Equal((3.0, 4.0), (Result(run, "P1").Numerator, Result(run, "P1").Denominator));
        Assert.Equal(75.0, Result(run, "P1").Value!.Value, 9);
        Assert.Equal(50.0, Result(run, "P2").Value!.Value, 9);
        var c1 = Result(run, "C1");
        Assert.Equal(("commissioner", 4.0, 6.0), (c1.UnitType, c1.Numerator, c1.Denominator));
        Assert.Equal(200.0 / 3, c1.Value!.Value, 9);
        Assert.Equal("region", Result(run, "Y01").UnitType);
        Assert.Equal(200.0 / 3, Result(run, "Y01").Value!.Value, 9);
    }

    [Fact]
    public void CDifficile_CasesPer100000BedDays()
    {
        // RAA 2008-09: C. difficile on 1 Apr 2008, 31 Mar 2009 and three in June (5; an MRSA case is not counted) over
        // 12 × 5,000 bed days → 5 / 60,000 × 100,000 = 8.333. Its case on 1 Apr 2009 is 2009-10: 1 / 10,000 → 10.
        // RBB: none over 120,000 → 0. England 2008-09: 5 / 180,000 × 100,000 = 2.778.
        string[] cases = ["2008-04-01", "2009-03-31", "2008-06-01", "2008-06-02", "2008-06-03", "2009-04-01"];
        for (var i = 0; i < cases.Length; i++)
        {
            Lake.Execute($"INSERT INTO safety_event VALUES ({i}, 'c_difficile', 'RAA', DATE '{cases[i]}', NULL, NULL, TRUE)");
        }

        Lake.Execute("INSERT INTO safety_event VALUES (99, 'mrsa_bacteraemia', 'RAA', DATE '2008-06-01', NULL, NULL, TRUE)");
        Lake.Repeat("bed_days", 12, "'RAA', DATE '2008-04-01' + to_months(CAST(i AS INTEGER)), 5000");
        Lake.Repeat("bed_days", 12, "'RBB', DATE '2008-04-01' + to_months(CAST(i AS INTEGER)), 10000");
        Lake.Execute("INSERT INTO bed_days VALUES ('RAA', DATE '2009-04-01', 10000)");

        var run = Run("c-difficile-rate");

        var raa = Result(run, "RAA");
        Assert.Equal((5.0, 60_000.0), (raa.Numerator, raa.Denominator));
        Assert.Equal(100_000.0 / 12_000, raa.Value!.Value, 9);
        Assert.Equal(5.0 / 180_000 * 100_000, raa.EnglandValue!.Value, 9);
        Assert.Equal(10.0, Result(run, "RAA", "2009-10").Value!.Value, 9);
        Assert.Equal((0.0, 120_000.0), (Result(run, "RBB").Numerator, Result(run, "RBB").Denominator));
    }

    [Fact]
    public void NeverEvents_Per100000AdmissionsDischargedInTheYear()
    {
        // RAA 2008-09 denominator: 19,999 spells discharged in June plus one admitted 20 Mar 2008 and discharged
        // 1 Apr 2008 = 20,000 (a spell discharged 1 Apr 2009 belongs to 2009-10). Never events 1 Apr 2008 and
        // 31 Mar 2009 → 2 / 20,000 × 100,000 = 10; a pressure ulcer is not counted. 2009-10: 1 event / 1 spell.
        Lake.Repeat("spell", 19_999, "i, i, 'RAA', NULL, NULL, 'C1', DATE '2008-06-01', DATE '2008-06-05', '11', 'elective', 'ordinary', '1', '100', 'K409', '', NULL, '', NULL, 50, 'F', 5, 4");
        Spell(100_000, "2008-03-20", "K409", 50, dischargeDate: "2008-04-01");
        Spell(100_001, "2009-03-30", "K409", 50, dischargeDate: "2009-04-01");
        (string Kind, string Date)[] events = [("never_event", "2008-04-01"), ("never_event", "2009-03-31"), ("pressure_ulcer", "2008-06-01"), ("never_event", "2009-04-01")];
        for (var i = 0; i < events.Length; i++)
        {
            Lake.Execute($"INSERT INTO safety_event VALUES ({i}, '{events[i].Kind}', 'RAA', DATE '{events[i].Date}', NULL, NULL, TRUE)");
        }

        var run = Run("never-events-rate");

        var raa = Result(run, "RAA");
        Assert.Equal((2.0, 20_000.0), (raa.Numerator, raa.Denominator));
        Assert.Equal(10.0, raa.Value!.Value, 9);
        Assert.Equal((1.0, 1.0), (Result(run, "RAA", "2009-10").Numerator, Result(run, "RAA", "2009-10").Denominator));
    }

    [Fact]
    public void PressureUlcers_Per1000AdmissionsDischargedInTheYear()
    {
        // RAA: 3 pressure ulcers (a never event is not counted) over 1,000 spells → 3 per 1,000. RBB: 500 spells, none.
        // England: 3 / 1,500 × 1,000 = 2.
        Lake.Repeat("spell", 1000, "i, i, 'RAA', NULL, NULL, 'C1', DATE '2008-06-01', DATE '2008-06-05', '21', 'emergency', 'ordinary', '1', '300', 'J189', '', NULL, '', NULL, 80, 'F', 5, 4");
        Lake.Repeat("spell", 500, "i, i, 'RBB', NULL, NULL, 'C1', DATE '2008-06-01', DATE '2008-06-05', '21', 'emergency', 'ordinary', '1', '300', 'J189', '', NULL, '', NULL, 80, 'F', 5, 4");
        Lake.Repeat("safety_event", 3, "i, 'pressure_ulcer', 'RAA', DATE '2008-06-03', i, i, TRUE");
        Lake.Execute("INSERT INTO safety_event VALUES (9, 'never_event', 'RAA', DATE '2008-06-03', NULL, NULL, TRUE)");

        var run = Run("pressure-ulcers-rate");

        var raa = Result(run, "RAA");
        Assert.Equal((3.0, 1000.0), (raa.Numerator, raa.Denominator));
        Assert.Equal(3.0, raa.Value!.Value, 9);
        Assert.Equal(2.0, raa.EnglandValue!.Value, 9);
        Assert.Equal(0.0, Result(run, "RBB").Value);
    }
}
