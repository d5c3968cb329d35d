namespace CareForAll.Measures.Tests.Spec;

/// <summary>
/// The practice measures over the patient_year dataset, at the year-end 31 March 2009. Boundaries used throughout:
/// a reading counts when taken after 31 December 2007 (15 months), a prescription when after 31 March 2008
/// (12 months); ages are whole years on the calendar, so someone born 31 March 1991 is 18 and born 1 April 1991 is 17.
/// </summary>
public sealed class PracticeRegisterSpecs : MeasureSpec
{
    private const string Adult = "1960-01-01";

    public PracticeRegisterSpecs()
    {
        Organisations();
        YearEnd2009();
    }

    [Fact]
    public void HypertensionBp_LatestReadingsWithin15Months_150Over90OrLess()
    {
        // On the register: 1 150/90 (in), 2 151/90 (out), 3 150/91 (out), 4 140/80 on 1 Jan 2008 (in: inside 15
        // months), 5 140/80 on 31 Dec 2007 (too old: no reading, out), 6 140/80 then latest 160/95 (out).
        // Not counted: 7 not on the register; 8 diagnosed 1 April 2009, after the year end.
        // Numerator 2 (1, 4), denominator 6, value 33.33%.
        (long Id, string Date, double Systolic, double Diastolic)[] readings =
        [
            (1, "2009-03-31", 150, 90), (2, "2009-01-01", 151, 90), (3, "2009-01-01", 150, 91), (4, "2008-01-01", 140, 80),
            (5, "2007-12-31", 140, 80), (6, "2008-06-01", 140, 80), (6, "2009-01-01", 160, 95), (7, "2009-01-01", 120, 70),
            (8, "2009-01-01", 120, 70),
        ];
        for (var id = 1; id <= 8; id++)
        {
            Person(id, Adult);
        }

        for (var id = 1; id <= 7; id++)
        {
            Register(id, id == 7 ? "asthma" : "hypertension");
        }

        Register(8, "hypertension", "2009-04-01");
        foreach (var (id, date, systolic, diastolic) in readings)
        {
            Reading(id, "systolic_bp", date, systolic);
            Reading(id, "diastolic_bp", date, diastolic);
        }

        var p1 = Result(Run("hypertension-bp-150-90"), "P1");

        Assert.Equal((2.0, 6.0), (p1.Numerator, p1.Denominator));
        Assert.Equal(100.0 / 3, p1.Value!.Value, 9);
    }

    [Theory]
    [InlineData("1944-03-31", 1.0)]
    [InlineData("1944-04-01", null)]
    public void AfAnticoagulated_BirthdayOnTheYearEnd_CountsTheNewAge(string born, double? denominator)
    {
        // A woman with AF born 31 March 1944 turns 65 on the year end itself: female + 65-74 scores 2, so she is
        // counted. Born a day later she is 64 (score 1) and the practice has nobody to count.
        Person(1, born, sex: "F");
        Register(1, "af");

        var run = Run("af-anticoagulated");

        Assert.Equal(denominator, run.Results.SingleOrDefault(r => r.UnitCode == "P1")?.Denominator);
    }

    [Fact]
    public void AfAnticoagulated_OnlyChadsVascTwoOrMore_AnticoagulantWithin12Months()
    {
        // CHA2DS2-VASc on 31 March 2009 (age 75+ scores 2, 65-74 1, female 1, stroke 2, others 1 each):
        //  1 F 60 → 1 (out)              2 M 65 → 1 (out)               3 M 75 → 2, anticoagulant 1 Apr 2008 (num)
        //  4 M 74 → 1 (out)              5 F 65 → 2, anticoagulant 31 Mar 2008 (too old)
        //  6 M 49 hypertension + diabetes → 2, anticoagulant 31 Mar 2009 (num)     7 M 49 stroke → 2, none
        //  8 M 49 CHD → 1 (out)          9 M 49 PAD + heart failure → 2, anticoagulant Feb 2009 (num)
        // 10 M 75 without AF (out)      11 M 75 with AF diagnosed 1 April 2009 (out).
        // Numerator 3 (3, 6, 9), denominator 5 (3, 5, 6, 7, 9), value 60%.
        (long Id, string Sex, string Born, string[] Registers, string? Anticoagulant)[] people =
        [
            (1, "F", "1948-06-01", ["af"], "2008-06-01"),
            (2, "M", "1944-03-30", ["af"], "2008-06-01"),
            (3, "M", "1934-03-31", ["af"], "2008-04-01"),
            (4, "M", "1934-04-01", ["af"], "2008-06-01"),
            (5, "F", "1944-03-30", ["af"], "2008-03-31"),
            (6, "M", Adult, ["af", "hypertension", "diabetes"], "2009-03-31"),
            (7, "M", Adult, ["af", "stroke"], null),
            (8, "M", Adult, ["af", "chd"], "2008-06-01"),
            (9, "M", Adult, ["af", "pad", "heart_failure"], "2009-02-01"),
            (10, "M", "1934-03-31", ["hypertension"], "2008-06-01"),
        ];
        foreach (var (id, sex, born, registers, anticoagulant) in people)
        {
            Person(id, born, sex);
            foreach (var register in registers)
            {
                Register(id, register);
            }

            if (anticoagulant is not null)
            {
                Prescription(id, "anticoagulant", anticoagulant);
            }
        }

        Person(11, "1934-03-31", "M");
        Register(11, "af", "2009-04-01");
        Prescription(11, "anticoagulant", "2008-06-01");

        var p1 = Result(Run("af-anticoagulated"), "P1");

        Assert.Equal((3.0, 5.0), (p1.Numerator, p1.Denominator));
        Assert.Equal(60.0, p1.Value!.Value, 9);
    }

    [Fact]
    public void CvdRiskStatin_LatestRiskOf10OrMore_StatinWithin12Months()
    {
        // 1 risk 10, statin 1 Apr 2008 (num)          2 risk 9.9 (out)
        // 3 risk 10 on 1 Jan 2008, statin 31 Mar 2008 (den)   4 risk 15 on 31 Dec 2007, too old (out)
        // 5 risk 12 then latest 8 (out)               6 risk 20, statin 31 Mar 2009 (num)
        // 7 risk 11, statin 1 Apr 2009, after the year end (den).
        // Numerator 2, denominator 4, value 50%.
        (long Id, (string Date, double Risk)[] Risks, string? Statin)[] people =
        [
            (1, [("2009-01-01", 10)], "2008-04-01"),
            (2, [("2009-01-01", 9.9)], "2008-06-01"),
            (3, [("2008-01-01", 10)], "2008-03-31"),
            (4, [("2007-12-31", 15)], "2008-06-01"),
            (5, [("2008-06-01", 12), ("2009-02-01", 8)], "2008-06-01"),
            (6, [("2009-03-31", 20)], "2009-03-31"),
            (7, [("2009-01-01", 11)], "2009-04-01"),
        ];
        foreach (var (id, risks, statin) in people)
        {
            Person(id, Adult);
            foreach (var (date, risk) in risks)
            {
                Reading(id, "cvd_risk", date, risk);
            }

            if (statin is not null)
            {
                Prescription(id, "statin", statin);
            }
        }

        var p1 = Result(Run("cvd-risk-10-statin"), "P1");

        Assert.Equal((2.0, 4.0), (p1.Numerator, p1.Denominator));
        Assert.Equal(50.0, p1.Value!.Value, 9);
    }

    [Fact]
    public void Obesity_AdultsAlive_LatestBmiWithin15Months30OrMore()
    {
        // 1 aged 18, BMI 30 (num)      2 aged 17, BMI 35 (out)        3 BMI 29.9 (den)
        // 4 BMI 40 on 31 Dec 2007, too old (den)   5 BMI 31 on 1 Jan 2008 (num)   6 no BMI (den)
        // 7 died 31 Mar 2009, BMI 35 (out)         8 died 1 Apr 2009, BMI 35 (num: alive at the year end).
        // Numerator 3, denominator 6, value 50%.
        (long Id, string Born, string? Died, string? Date, double Bmi)[] people =
        [
            (1, "1991-03-31", null, "2009-01-01", 30), (2, "1991-04-01", null, "2009-01-01", 35),
            (3, Adult, null, "2009-01-01", 29.9), (4, Adult, null, "2007-12-31", 40), (5, Adult, null, "2008-01-01", 31),
            (6, Adult, null, null, 0), (7, Adult, "2009-03-31", "2009-01-01", 35), (8, Adult, "2009-04-01", "2009-01-01", 35),
        ];
        foreach (var (id, born, died, date, bmi) in people)
        {
            Person(id, born, deathDate: died);
            if (date is not null)
            {
                Reading(id, "bmi", date, bmi);
            }
        }

        var p1 = Result(Run("obesity-bmi-30"), "P1");

        Assert.Equal((3.0, 6.0), (p1.Numerator, p1.Denominator));
        Assert.Equal(50.0, p1.Value!.Value, 9);
    }

    [Fact]
    public void Smoking_Aged15OrOverWithStatus_LatestEverRecordIsCurrentSmoker()
    {
        // 1 aged 15, status 2 light (num)   2 aged 14, status 4 (out)   3 status 1 ex (den)   4 status 0 never (den)
        // 5 no status (out)   6 status 3 in 2001 only: no time limit on smoking status (num)
        // 7 status 4 in 2005, latest 1 in 2008 (den)   8 status 2 recorded 1 Apr 2009 only, after the year end (out).
        // Numerator 2, denominator 5, value 40%.
        (long Id, string Born, (string Date, double Status)[] Records)[] people =
        [
            (1, "1994-03-31", [("2009-01-01", 2)]), (2, "1994-04-01", [("2009-01-01", 4)]), (3, Adult, [("2009-01-01", 1)]),
            (4, Adult, [("2009-01-01", 0)]), (5, Adult, []), (6, Adult, [("2001-05-01", 3)]),
            (7, Adult, [("2005-05-01", 4), ("2008-05-01", 1)]), (8, Adult, [("2009-04-01", 2)]),
        ];
        foreach (var (id, born, records) in people)
        {
            Person(id, born);
            foreach (var (date, status) in records)
            {
                Reading(id, "smoking_status", date, status);
            }
        }

        var p1 = Result(Run("smoking-prevalence"), "P1");

        Assert.Equal((2.0, 5.0), (p1.Numerator, p1.Denominator));
        Assert.Equal(40.0, p1.Value!.Value, 9);
    }

    [Fact]
    public void Depression_AdultsOnRegisterByYearEnd_RolledUpToCommissioner()
    {
        // P1: 1 aged 18 on the register (num)   2 aged 17 on it (out)   3 diagnosed 31 Mar 2009 (num)
        //     4 diagnosed 1 Apr 2009, after the year end (den)   5 not on it (den)   → 2 / 4 = 50%.
        // P2: 6 on it → 1 / 1. Commissioner C1 and region Y01: 3 / 5 = 60%.
        (long Id, string Born, string Practice, string? Diagnosed)[] people =
        [
            (1, "1991-03-31", "P1", "2005-01-01"), (2, "1991-04-01", "P1", "2005-01-01"), (3, Adult, "P1", "2009-03-31"),
            (4, Adult, "P1", "2009-04-01"), (5, Adult, "P1", null), (6, Adult, "P2", "2005-01-01"),
        ];
        foreach (var (id, born, practice, diagnosed) in people)
        {
            Person(id, born, practice: practice);
            if (diagnosed is not null)
            {
                Register(id, "depression", diagnosed);
            }
        }

        var run = Run("depression-prevalence");

        Assert.Equal((2.0, 4.0), (Result(run, "P1").Numerator, Result(run, "P1").Denominator));
        Assert.Equal((1.0, 1.0), (Result(run, "P2").Numerator, Result(run, "P2").Denominator));
        var c1 = Result(run, "C1");
        Assert.Equal(("commissioner", 3.0, 5.0), (c1.UnitType, c1.Numerator, c1.Denominator));
        Assert.Equal(60.0, c1.Value!.Value, 9);
        Assert.Equal(60.0, Result(run, "Y01").Value!.Value, 9);
    }

    [Fact]
    public void HealthCheck_EligibleAged40To74_EachExclusionOnce()
    {
        // Counted: 1 aged 40, assessed 1 Apr 2008 (num); 3 aged 74, assessed 31 Mar 2008, too early (den);
        // 15 hypertension diagnosed only on 1 Apr 2009, assessed (num); 16 statin only on 1 Apr 2009, not assessed
        // (den); 17 on the COPD register, which does not exclude, assessed (num).
        // Excluded, although assessed: 2 aged 39; 4 aged 75; 5-13 one register each; 14 a statin in 2000.
        // Numerator 3, denominator 5, value 60%.
        string[] registers = ["chd", "stroke", "hypertension", "diabetes", "ckd", "af", "heart_failure", "familial_hypercholesterolaemia", "pad"];
        Person(1, "1969-03-31");
        Reading(1, "cvd_risk", "2008-04-01", 5);
        Person(2, "1969-04-01");
        Reading(2, "cvd_risk", "2009-01-01", 5);
        Person(3, "1934-04-01");
        Reading(3, "cvd_risk", "2008-03-31", 5);
        Person(4, "1934-03-31");
        Reading(4, "cvd_risk", "2009-01-01", 5);
        for (var i = 0; i < registers.Length; i++)
        {
            Person(5 + i, Adult);
            Register(5 + i, registers[i]);
            Reading(5 + i, "cvd_risk", "2009-01-01", 5);
        }

        Person(14, Adult);
        Prescription(14, "statin", "2000-01-01");
        Reading(14, "cvd_risk", "2009-01-01", 5);
        Person(15, Adult);
        Register(15, "hypertension", "2009-04-01");
        Reading(15, "cvd_risk", "2009-03-31", 5);
        Person(16, Adult);
        Prescription(16, "statin", "2009-04-01");
        Person(17, Adult);
        Register(17, "copd");
        Reading(17, "cvd_risk", "2009-01-01", 5);

        var p1 = Result(Run("health-check-uptake"), "P1");

        Assert.Equal((3.0, 5.0), (p1.Numerator, p1.Denominator));
        Assert.Equal(60.0, p1.Value!.Value, 9);
    }

    [Fact]
    public void HealthCheckAssessed5Years_CountsAnAssessmentInTheFiveYearsUpToTheYearEnd()
    {
        // Year end 31 Mar 2009; the window is 1 Apr 2004 to 31 Mar 2009. Counted: 1 assessed 1 Apr 2004 (num);
        // 2 assessed 31 Mar 2004, one day too early (den); 3 assessed on the year end (num); 4 assessed the day after
        // (den); 5 never assessed (den). Excluded although assessed: 6 on the diabetes register, 7 aged 39.
        // Numerator 2, denominator 5, value 40%.
        (long Id, string? Assessed)[] eligible = [(1, "2004-04-01"), (2, "2004-03-31"), (3, "2009-03-31"), (4, "2009-04-01"), (5, null)];
        foreach (var (id, assessed) in eligible)
        {
            Person(id, Adult);
            if (assessed is not null)
            {
                Reading(id, "cvd_risk", assessed, 8);
            }
        }

        Person(6, Adult);
        Register(6, "diabetes");
        Reading(6, "cvd_risk", "2008-01-01", 8);
        Person(7, "1969-04-01");
        Reading(7, "cvd_risk", "2008-01-01", 8);

        var p1 = Result(Run("health-check-assessed-5-years"), "P1");

        Assert.Equal((2.0, 5.0), (p1.Numerator, p1.Denominator));
        Assert.Equal(40.0, p1.Value!.Value, 9);
    }
}
