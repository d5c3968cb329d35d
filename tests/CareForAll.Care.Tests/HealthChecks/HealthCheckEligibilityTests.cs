using CareForAll.Care.HealthChecks;

namespace CareForAll.Care.Tests.HealthChecks;

/// <summary>
/// Each NHS Health Check eligibility rule on its own: a person who meets every rule but one is excluded for exactly
/// that one reason (Department of Health, Putting Prevention First, 2008; NHS Health Check best practice guidance).
/// </summary>
public sealed class HealthCheckEligibilityTests
{
    private static readonly DateOnly Day = new(2010, 4, 1);

    private static HealthCheckPerson Person(DateOnly? birth = null, string[]? registers = null, DateOnly? statin = null, DateOnly? check = null) => new()
    {
        PatientId = 1,
        PracticeCode = "A00001",
        BirthDate = birth ?? new DateOnly(1960, 6, 15),
        Sex = "F",
        Registers = new HashSet<string>(registers ?? [], StringComparer.Ordinal),
        LastStatin = statin,
        LastCheck = check,
    };

    [Fact]
    public void APersonOf49WithNothingRecordedIsEligible()
    {
        var decision = HealthCheckEligibility.Decide(Person(), Day);

        Assert.True(decision.IsEligible);
        Assert.Null(decision.FirstExclusion);
    }

    [Theory]
    [InlineData("1970-04-02", HealthCheckExclusion.Under40)] // 40th birthday is tomorrow
    [InlineData("1935-04-01", HealthCheckExclusion.Over74)] // 75 today
    public void AgeOutside40To74Excludes(string birth, HealthCheckExclusion reason) =>
        Assert.Equal([reason], HealthCheckEligibility.Decide(Person(DateOnly.Parse(birth)), Day).Exclusions);

    [Theory]
    [InlineData("1970-04-01")] // 40 today
    [InlineData("1935-04-02")] // 75 tomorrow, so still 74
    public void The40thBirthdayAndTheLastDayAged74AreEligible(string birth) =>
        Assert.True(HealthCheckEligibility.Decide(Person(DateOnly.Parse(birth)), Day).IsEligible);

    [Theory]
    [InlineData("chd", HealthCheckExclusion.ChdRegister)]
    [InlineData("stroke", HealthCheckExclusion.StrokeRegister)]
    [InlineData("hypertension", HealthCheckExclusion.HypertensionRegister)]
    [InlineData("diabetes", HealthCheckExclusion.DiabetesRegister)]
    [InlineData("ckd", HealthCheckExclusion.CkdRegister)]
    [InlineData("af", HealthCheckExclusion.AfRegister)]
    [InlineData("heart_failure", HealthCheckExclusion.HeartFailureRegister)]
    [InlineData("familial_hypercholesterolaemia", HealthCheckExclusion.FamilialHypercholesterolaemiaRegister)]
    [InlineData("pad", HealthCheckExclusion.PadRegister)]
    public void EachVascularRegisterExcludesWithItsOwnReason(string condition, HealthCheckExclusion reason) =>
        Assert.Equal([reason], HealthCheckEligibility.Decide(Person(registers: [condition]), Day).Exclusions);

    [Theory]
    [InlineData("asthma")]
    [InlineData("copd")]
    [InlineData("depression")]
    public void OtherRegistersDoNotExclude(string condition) =>
        Assert.True(HealthCheckEligibility.Decide(Person(registers: [condition]), Day).IsEligible);

    [Fact]
    public void AStatinPrescribedOnOrBeforeTheDayExcludesButNotOneAfter()
    {
        Assert.Equal([HealthCheckExclusion.OnStatin], HealthCheckEligibility.Decide(Person(statin: Day), Day).Exclusions);
        Assert.True(HealthCheckEligibility.Decide(Person(statin: Day.AddDays(1)), Day).IsEligible);
    }

    [Fact]
    public void ACheckWithinFiveYearsExcludesAndOneFiveYearsAgoIsDueAgain()
    {
        Assert.Equal([HealthCheckExclusion.CheckedInLastFiveYears], HealthCheckEligibility.Decide(Person(check: Day.AddYears(-5).AddDays(1)), Day).Exclusions);
        Assert.True(HealthCheckEligibility.Decide(Person(check: Day.AddYears(-5)), Day).IsEligible);
    }

    [Fact]
    public void EveryExcludingRuleIsReportedInRuleOrderAndTheFirstIsCounted()
    {
        var excluded = HealthCheckEligibility.Decide(Person(registers: ["pad", "diabetes"], statin: Day, check: Day), Day);
        var decisions = new[] { excluded, HealthCheckEligibility.Decide(Person(), Day), HealthCheckEligibility.Decide(Person(statin: Day), Day) };

        var counts = HealthCheckEligibility.CountByReason(decisions).ToDictionary(c => c.Reason?.ToString() ?? "eligible", c => c.People);

        Assert.Equal(
            [HealthCheckExclusion.DiabetesRegister, HealthCheckExclusion.PadRegister, HealthCheckExclusion.OnStatin, HealthCheckExclusion.CheckedInLastFiveYears],
            excluded.Exclusions);
        Assert.Equal((1, 1, 1, 0), (counts["eligible"], counts["DiabetesRegister"], counts["OnStatin"], counts["PadRegister"]));
        Assert.Equal(HealthCheckEligibility.Rules.Count + 1, counts.Count);
    }

    [Fact]
    public void EveryReasonHasExactlyOneRule() =>
        Assert.Equal(Enum.GetValues<HealthCheckExclusion>(), HealthCheckEligibility.Rules.Select(r => r.Reason).Order());
}
