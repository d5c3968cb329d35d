using CareForAll.Measures.Running;

namespace CareForAll.Measures.Tests.Spec;

/// <summary>
/// The commissioner admission measures. Commissioner C1 (region Y01) has 1,000 people in each of the 19 ESP2013 age
/// bands in 2008; every counted admission is of someone aged 42 (band 40-44, standard weight 7,000 of 100,000), so
/// the directly standardised rate is 7,000 × x / 1,000 / 100,000 × 100,000 = 7x per 100,000 for x admissions.
/// Each table lists diagnosis codes just inside and just outside the measure's code list.
/// </summary>
public sealed class AdmissionRateSpecs : MeasureSpec
{
    public AdmissionRateSpecs()
    {
        Organisations();
    }

    [Fact]
    public void AcscEmergencyAdmissions_ChronicConditionCodesEmergencyOnly()
    {
        // 14 counted; not counted: an elective heart failure admission, a maternity one, and E15X, J40X, I219, J189, I10X on
        // 1 Apr 2009 (2009-10, no population that year). DSR 7 × 14 = 98.
        string[] counted = ["I209", "J459", "J46X", "J449", "I509", "I110", "J81X", "E119", "E149", "G409", "I10X", "I119", "D509", "I48X"];
        (string Diagnosis, string Type, string Date)[] notCounted =
        [
            ("I509", "elective", "2008-06-01"), ("I509", "maternity", "2008-06-01"), ("E15X", "emergency", "2008-06-01"),
            ("J40X", "emergency", "2008-06-01"), ("I219", "emergency", "2008-06-01"), ("J189", "emergency", "2008-06-01"),
            ("I10X", "emergency", "2009-04-01"),
        ];

        var c1 = Result(RunStandardised("acsc-emergency-admissions", counted, notCounted), "C1");

        Assert.Equal((14.0, 19_000.0), (c1.Numerator, c1.Denominator));
        Assert.Equal(98.0, c1.Value!.Value, 9);
    }

    [Fact]
    public void AlcoholRelatedAdmissions_AlcoholSpecificCodesAnyAdmissionType()
    {
        // The 16 alcohol-specific codes (an elective one included) are counted; F11, K71 (toxic, not alcoholic, liver
        // disease), K850 (pancreatitis not due to alcohol), E240, T52 and G311 are not. DSR 7 × 16 = 112.
        string[] counted = ["F102", "K701", "T510", "X450", "X650", "Y150", "E244", "G312", "G621", "G721", "I426", "K292", "K852", "K860", "Q860", "R780"];
        (string, string, string)[] notCounted =
        [
            ("F119", "emergency", "2008-06-01"), ("K710", "emergency", "2008-06-01"), ("K850", "emergency", "2008-06-01"),
            ("E240", "emergency", "2008-06-01"), ("T520", "emergency", "2008-06-01"), ("G311", "emergency", "2008-06-01"),
        ];

        var c1 = Result(RunStandardised("alcohol-related-admissions", counted, notCounted, countedType: "elective"), "C1");

        Assert.Equal(16.0, c1.Numerator);
        Assert.Equal(112.0, c1.Value!.Value, 9);
    }

    [Fact]
    public void DrugRelatedAdmissions_F11ToF16F18F19AndT40()
    {
        // Counted: F11-F16, F18, F19 and two T40 poisonings (10). Not: F10 (alcohol), F17 (tobacco), T39, T41. DSR 70.
        string[] counted = ["F110", "F120", "F130", "F140", "F150", "F160", "F180", "F190", "T401", "T406"];
        (string, string, string)[] notCounted =
        [
            ("F100", "emergency", "2008-06-01"), ("F172", "emergency", "2008-06-01"), ("T390", "emergency", "2008-06-01"),
            ("T410", "emergency", "2008-06-01"),
        ];

        var c1 = Result(RunStandardised("drug-related-admissions", counted, notCounted), "C1");

        Assert.Equal(10.0, c1.Numerator);
        Assert.Equal(70.0, c1.Value!.Value, 9);
    }

    [Fact]
    public void MentalHealthAdmissions_F20ToF39_RolledUpToRegion()
    {
        // Counted: F20X … F39X (10). Not: F19 (drugs), F40 (anxiety), F10. DSR 70, the same for region Y01.
        string[] counted = ["F200", "F209", "F250", "F29X", "F310", "F320", "F329", "F330", "F341", "F39X"];
        (string, string, string)[] notCounted =
        [
            ("F190", "emergency", "2008-06-01"), ("F400", "emergency", "2008-06-01"), ("F100", "emergency", "2008-06-01"),
        ];

        var run = RunStandardised("mental-health-admissions", counted, notCounted);

        Assert.Equal(10.0, Result(run, "C1").Numerator);
        Assert.Equal(70.0, Result(run, "C1").Value!.Value, 9);
        Assert.Equal(("region", 70.0), (Result(run, "Y01").UnitType, Result(run, "Y01").Value));
    }

    [Fact]
    public void TeenageMaternity_GirlsAged15To19_Per1000WomenOfThatAge()
    {
        // Maternity admissions of girls aged 15, 19 and 16 (on 31 Mar 2009) are counted: 3. Not counted: aged 14, aged
        // 20, an emergency admission at 17, a male maternity row at 17, and one at 17 on 1 Apr 2009 (2009-10, no
        // population that year). Denominator: C1's females aged 15-19 (200), not its males of that age or women 20-24.
        // 3 / 200 × 1,000 = 15.
        Lake.Execute("""
            INSERT INTO population VALUES
              ('C1', 'commissioner', 2008, 'F', '15-19', 200), ('C1', 'commissioner', 2008, 'M', '15-19', 500),
              ('C1', 'commissioner', 2008, 'F', '20-24', 800), ('Y01', 'region', 2008, 'F', '15-19', 900);
            """);
        (int Age, string Type, string Sex, string Date)[] spells =
        [
            (15, "maternity", "F", "2008-06-01"), (19, "maternity", "F", "2008-06-01"), (16, "maternity", "F", "2009-03-31"),
            (14, "maternity", "F", "2008-06-01"), (20, "maternity", "F", "2008-06-01"), (17, "emergency", "F", "2008-06-01"),
            (17, "maternity", "M", "2008-06-01"), (17, "maternity", "F", "2009-04-01"),
        ];
        for (var i = 0; i < spells.Length; i++)
        {
            Spell(i, spells[i].Date, "O800", spells[i].Age, spells[i].Type, spells[i].Sex);
        }

        var run = Run("teenage-maternity-rate");

        var c1 = Result(run, "C1");
        Assert.Equal((3.0, 200.0), (c1.Numerator, c1.Denominator));
        Assert.Equal(15.0, c1.Value!.Value, 9);
        Assert.Equal(15.0, Result(run, "Y01").Value!.Value, 9);
    }

    private MeasureRun RunStandardised(string id, string[] counted, (string Diagnosis, string Type, string Date)[] notCounted, string countedType = "emergency")
    {
        Lake.Repeat("population", 19, "'C1', 'commissioner', 2008, 'F', CASE WHEN i = 18 THEN '90+' ELSE CAST(i * 5 AS VARCHAR) || '-' || CAST(i * 5 + 4 AS VARCHAR) END, 1000");
        for (var i = 0; i < counted.Length; i++)
        {
            Spell(i, "2008-06-01", counted[i], 42, i == 0 ? countedType : "emergency");
        }

        for (var i = 0; i < notCounted.Length; i++)
        {
            Spell(100 + i, notCounted[i].Date, notCounted[i].Diagnosis, 42, notCounted[i].Type);
        }

        return Run(id);
    }
}
