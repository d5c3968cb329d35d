using CareForAll.Care.VascularRisk;

namespace CareForAll.Care.Tests.VascularRisk;

public sealed class Qrisk3Tests
{
    /// <summary>A typical person: white, Townsend 0, non-smoker, no conditions, ratio 4, SBP 120, SD 10, 170 cm / 70 kg.</summary>
    private static Qrisk3Input Typical(int age, Qrisk3Sex sex, double ratio = 4, Qrisk3Ethnicity ethnicity = Qrisk3Ethnicity.WhiteOrNotStated,
        Qrisk3Smoking smoking = Qrisk3Smoking.NonSmoker, double sbpSd = 10, double townsend = 0) =>
        new(age, sex, ratio, systolicBp: 120, systolicBpSd: sbpSd, bmi: 70 / (1.7 * 1.7), ethnicity, townsend, smoking);

    internal static Qrisk3Input RandomPerson(Random random) => new(
        age: random.Next(25, 85),
        sex: (Qrisk3Sex)random.Next(2),
        cholesterolHdlRatio: 1 + (11 * random.NextDouble()),
        systolicBp: 70 + (140 * random.NextDouble()),
        systolicBpSd: 30 * random.NextDouble(),
        bmi: 15 + (35 * random.NextDouble()),
        ethnicity: (Qrisk3Ethnicity)random.Next(1, 10),
        townsend: -7 + (18 * random.NextDouble()),
        smoking: (Qrisk3Smoking)random.Next(5),
        diabetes: (Qrisk3Diabetes)random.Next(3),
        conditions: (Qrisk3Conditions)random.Next(1 << 11));

    [Fact]
    public void RiskEqualsTheReferenceFileEvaluatedStepByStepForTenThousandPeople()
    {
        // The oracle evaluates the published equations straight from the shared JSON file (BMJ 2017;357:j2099 via
        // ClinRisk's source), with Math.Pow for every power and a generic loop over named terms.
        var random = new Random(20170623);
        for (var i = 0; i < 10_000; i++)
        {
            var person = RandomPerson(random);
            var expected = Qrisk3ReferenceFile.TenYearRisk(person);
            var actual = Qrisk3.TenYearRisk(person);
            Assert.True(Math.Abs(expected - actual) <= 1e-10, $"{person}: reference {expected:R}, code {actual:R}");
        }
    }

    [Theory]
    // Worked values from the test suite of sisuhealthgroup/qrisk3 (src/qrisk3.test.js), a port of ClinRisk's
    // QRISK3-2017 source whose expected scores were checked against the qrisk.org calculator, given there to 2 dp.
    [InlineData(75, Qrisk3Sex.Female, 18.11)]
    [InlineData(75, Qrisk3Sex.Male, 24.59)]
    public void TypicalSeventyFiveYearOldsMatchPublishedScoresToTwoDecimals(int age, Qrisk3Sex sex, double published)
    {
        Assert.Equal(published, Math.Round(Qrisk3.TenYearRisk(Typical(age, sex)), 2));
    }

    [Theory]
    // Same source (sisuhealthgroup/qrisk3 src/qrisk3.test.js, "testCase1" and "testCase2"), scores to 1 dp as qrisk.org shows them.
    [InlineData(75, Qrisk3Sex.Male, Qrisk3Ethnicity.WhiteOrNotStated, 4, 24.6)]
    [InlineData(65, Qrisk3Sex.Male, Qrisk3Ethnicity.WhiteOrNotStated, 4, 12.7)]
    [InlineData(55, Qrisk3Sex.Male, Qrisk3Ethnicity.WhiteOrNotStated, 8, 11.7)]
    [InlineData(35, Qrisk3Sex.Male, Qrisk3Ethnicity.WhiteOrNotStated, 3.5, 0.6)]
    [InlineData(75, Qrisk3Sex.Female, Qrisk3Ethnicity.WhiteOrNotStated, 4, 18.1)]
    [InlineData(65, Qrisk3Sex.Female, Qrisk3Ethnicity.WhiteOrNotStated, 4, 8.0)]
    [InlineData(55, Qrisk3Sex.Female, Qrisk3Ethnicity.WhiteOrNotStated, 8, 6.1)]
    [InlineData(35, Qrisk3Sex.Female, Qrisk3Ethnicity.WhiteOrNotStated, 3.5, 0.4)]
    [InlineData(75, Qrisk3Sex.Male, Qrisk3Ethnicity.Indian, 4, 31.1)]
    [InlineData(65, Qrisk3Sex.Male, Qrisk3Ethnicity.Pakistani, 4, 19.5)]
    [InlineData(55, Qrisk3Sex.Male, Qrisk3Ethnicity.Bangladeshi, 8, 19.1)]
    [InlineData(35, Qrisk3Sex.Male, Qrisk3Ethnicity.Chinese, 3.5, 0.4)]
    [InlineData(75, Qrisk3Sex.Female, Qrisk3Ethnicity.Indian, 4, 23.2)]
    [InlineData(65, Qrisk3Sex.Female, Qrisk3Ethnicity.Pakistani, 4, 13.7)]
    [InlineData(55, Qrisk3Sex.Female, Qrisk3Ethnicity.Bangladeshi, 8, 8.1)]
    [InlineData(35, Qrisk3Sex.Female, Qrisk3Ethnicity.Chinese, 3.5, 0.3)]
    public void TypicalPeopleMatchPublishedScoresToOneDecimal(int age, Qrisk3Sex sex, Qrisk3Ethnicity ethnicity, double ratio, double published)
    {
        Assert.Equal(published, Math.Round(Qrisk3.TenYearRisk(Typical(age, sex, ratio, ethnicity)), 1));
    }

    [Theory]
    [InlineData(Qrisk3Sex.Female)]
    [InlineData(Qrisk3Sex.Male)]
    public void RiskRisesWithAge(Qrisk3Sex sex)
    {
        var risks = Enumerable.Range(25, 60).Select(age => Qrisk3.TenYearRisk(Typical(age, sex))).ToList();
        Assert.All(risks.Zip(risks.Skip(1)), pair => Assert.True(pair.Second > pair.First));
    }

    [Theory]
    [InlineData(Qrisk3Sex.Female)]
    [InlineData(Qrisk3Sex.Male)]
    public void RiskRisesFromNonSmokerToHeavySmokerAtFifty(Qrisk3Sex sex)
    {
        var nonSmoker = Qrisk3.TenYearRisk(Typical(50, sex));
        var light = Qrisk3.TenYearRisk(Typical(50, sex, smoking: Qrisk3Smoking.Light));
        var moderate = Qrisk3.TenYearRisk(Typical(50, sex, smoking: Qrisk3Smoking.Moderate));
        var heavy = Qrisk3.TenYearRisk(Typical(50, sex, smoking: Qrisk3Smoking.Heavy));
        Assert.True(nonSmoker < light && light < moderate && moderate < heavy, $"{nonSmoker} {light} {moderate} {heavy}");
    }

    [Fact]
    public void MenHaveHigherRiskThanWomenWithTheSameProfile()
    {
        foreach (var age in new[] { 40, 55, 70 })
        {
            Assert.True(Qrisk3.TenYearRisk(Typical(age, Qrisk3Sex.Male)) > Qrisk3.TenYearRisk(Typical(age, Qrisk3Sex.Female)));
        }
    }

    [Fact]
    public void ErectileDysfunctionRaisesMensRiskAndIsIgnoredForWomen()
    {
        var man = Typical(60, Qrisk3Sex.Male);
        var woman = Typical(60, Qrisk3Sex.Female);
        Assert.True(Qrisk3.TenYearRisk(man with { }) < Qrisk3.TenYearRisk(WithConditions(man, Qrisk3Conditions.ErectileDysfunction)));
        Assert.Equal(Qrisk3.TenYearRisk(woman), Qrisk3.TenYearRisk(WithConditions(woman, Qrisk3Conditions.ErectileDysfunction)));
    }

    [Fact]
    public void OptionalInputsDefaultToWhiteTownsendZeroNonSmokerNoDiabetesNoConditions()
    {
        var minimal = new Qrisk3Input(age: 60, Qrisk3Sex.Female, cholesterolHdlRatio: 4.5, systolicBp: 135, systolicBpSd: 8, bmi: 27);
        var explicitDefaults = new Qrisk3Input(60, Qrisk3Sex.Female, 4.5, 135, 8, 27, Qrisk3Ethnicity.WhiteOrNotStated, townsend: 0,
            Qrisk3Smoking.NonSmoker, Qrisk3Diabetes.None, Qrisk3Conditions.None);
        Assert.Equal(explicitDefaults, minimal);
        Assert.Equal(Qrisk3.TenYearRisk(explicitDefaults), Qrisk3.TenYearRisk(minimal));
    }

    [Theory]
    [InlineData("age", 24, "age must be from 25 to 84 years; got 24")]
    [InlineData("age", 85, "age must be from 25 to 84 years; got 85")]
    [InlineData("cholesterolHdlRatio", 12.5, "cholesterol/HDL ratio must be from 1 to 12; got 12.5")]
    [InlineData("systolicBp", 69, "systolic blood pressure must be from 70 to 210 mmHg; got 69")]
    [InlineData("systolicBpSd", -1, "standard deviation of systolic blood pressure must be from 0 to 100 mmHg; got -1")]
    [InlineData("bmi", double.NaN, "body mass index must be from 10 to 80 kg/m²; got NaN")]
    [InlineData("townsend", 25, "Townsend deprivation score must be from -10 to 20; got 25")]
    public void OutOfRangeInputsAreRefusedNamingTheFieldAndRange(string field, double value, string message)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Qrisk3Input(
            age: field == "age" ? (int)value : 50,
            Qrisk3Sex.Male,
            cholesterolHdlRatio: field == "cholesterolHdlRatio" ? value : 4,
            systolicBp: field == "systolicBp" ? value : 130,
            systolicBpSd: field == "systolicBpSd" ? value : 10,
            bmi: field == "bmi" ? value : 25,
            townsend: field == "townsend" ? value : 0));
        Assert.Equal(field, error.ParamName);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCategoriesAreRefused()
    {
        Assert.Equal("ethnicity", Assert.Throws<ArgumentOutOfRangeException>(() => new Qrisk3Input(50, Qrisk3Sex.Male, 4, 130, 10, 25, (Qrisk3Ethnicity)10)).ParamName);
        Assert.Equal("smoking", Assert.Throws<ArgumentOutOfRangeException>(() => new Qrisk3Input(50, Qrisk3Sex.Male, 4, 130, 10, 25, smoking: (Qrisk3Smoking)5)).ParamName);
        Assert.Equal("diabetes", Assert.Throws<ArgumentOutOfRangeException>(() => new Qrisk3Input(50, Qrisk3Sex.Male, 4, 130, 10, 25, diabetes: (Qrisk3Diabetes)3)).ParamName);
        Assert.Equal("sex", Assert.Throws<ArgumentOutOfRangeException>(() => new Qrisk3Input(50, (Qrisk3Sex)2, 4, 130, 10, 25)).ParamName);
    }

    [Fact]
    public void BatchScoresEqualOneAtATimeScores()
    {
        var random = new Random(7);
        var people = Enumerable.Range(0, 5000).Select(_ => RandomPerson(random)).ToArray();
        var risks = new double[people.Length];

        Qrisk3.TenYearRisk(people, risks);

        for (var i = 0; i < people.Length; i++)
        {
            Assert.Equal(Qrisk3.TenYearRisk(people[i]), risks[i]);
        }
    }

    [Fact]
    public void DisclaimerNamesTheAlgorithmAndClinRisk()
    {
        Assert.Contains("QRISK®3-2017", Qrisk3.Disclaimer, StringComparison.Ordinal);
        Assert.Contains("ClinRisk", Qrisk3.Disclaimer, StringComparison.Ordinal);
        Assert.Contains("qrisk.org", Qrisk3.Disclaimer, StringComparison.Ordinal);
    }

    private static Qrisk3Input WithConditions(Qrisk3Input p, Qrisk3Conditions conditions) =>
        new(p.Age, p.Sex, p.CholesterolHdlRatio, p.SystolicBp, p.SystolicBpSd, p.Bmi, p.Ethnicity, p.Townsend, p.Smoking, p.Diabetes, conditions);
}
