using CareForAll.Care.HealthChecks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareForAll.Care.Tests.HealthChecks;

/// <summary>
/// The call-and-recall spread: a fifth of the eligible people a year, in monthly batches, highest risk first
/// (NHS Health Check best practice guidance: invite 20% of the eligible population each year of the five-year cycle).
/// </summary>
public sealed class InvitationScheduleTests
{
    private static List<InvitationCandidate> People(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new InvitationCandidate(i, (i * 7919 % 1000) / 10.0, "qrisk3"))];

    [Property]
    public Property EachYearInvitesAFifthAndEachMonthASixtiethWithinOne(NonNegativeInt size)
    {
        var count = size.Get % 5000;
        var plan = InvitationSchedule.PlanCycle(People(count));
        var years = Enumerable.Range(0, 5).Select(y => plan.Count(p => p.MonthIndex / 12 == y)).ToArray();
        var months = Enumerable.Range(0, 60).Select(m => plan.Count(p => p.MonthIndex == m)).ToArray();

        return (plan.Count == count
            && plan.Select(p => p.Person.PatientId).Distinct().Count() == count
            && years.All(y => Math.Abs(y - (count / 5.0)) <= 1)
            && months.All(m => Math.Abs(m - (count / 60.0)) <= 1)).Label($"{count} people: years {string.Join(",", years)}");
    }

    [Fact]
    public void SixHundredPeopleAreInvitedTenAMonthAndHundredAndTwentyAYear()
    {
        var plan = InvitationSchedule.PlanCycle(People(600));

        Assert.All(plan.GroupBy(p => p.MonthIndex), g => Assert.Equal(10, g.Count()));
        Assert.Equal([120, 120, 120, 120, 120], plan.GroupBy(p => p.MonthIndex / 12).Select(g => g.Count()));
    }

    [Fact]
    public void HigherRiskIsInvitedFirstAndTiesGoToTheLowerId()
    {
        var people = new[]
        {
            new InvitationCandidate(5, 3.0, "qrisk3"), new InvitationCandidate(2, 14.5, "qrisk3"),
            new InvitationCandidate(9, 8.0, "qrisk3-defaults"), new InvitationCandidate(1, 8.0, "qrisk3"),
        };

        var plan = InvitationSchedule.PlanCycle(people);
        var firstBatch = InvitationSchedule.Batch(People(120), alreadyInvited: 0, monthIndex: 0);

        Assert.Equal([2L, 1, 9, 5], plan.OrderBy(p => p.MonthIndex).Select(p => p.Person.PatientId));
        Assert.True(plan.Zip(plan.Skip(1)).All(pair => pair.First.MonthIndex <= pair.Second.MonthIndex));
        Assert.Equal(2, firstBatch.Count);
        Assert.True(firstBatch.Min(p => p.Risk) >= People(120).Except(firstBatch).Max(p => p.Risk));
    }

    [Fact]
    public void TheLastMonthInvitesEveryoneStillWaiting()
    {
        Assert.Equal(37, InvitationSchedule.BatchSize(waiting: 37, alreadyInvited: 500, monthIndex: 59));
        Assert.Equal(0, InvitationSchedule.BatchSize(waiting: 0, alreadyInvited: 500, monthIndex: 30));
    }

    [Fact]
    public void CyclesRunInFiveYearBlocksFromApril2009()
    {
        var cycle = HealthCheckCycle.Containing(new DateOnly(2010, 4, 17), HealthCheckCycle.DefaultAnchor);
        var next = HealthCheckCycle.Containing(new DateOnly(2014, 4, 1), HealthCheckCycle.DefaultAnchor);
        var earlier = HealthCheckCycle.Containing(new DateOnly(2009, 3, 31), HealthCheckCycle.DefaultAnchor);

        Assert.Equal((new DateOnly(2009, 4, 1), new DateOnly(2014, 3, 31), 12), (cycle.Start, cycle.End, cycle.MonthIndex(new DateOnly(2010, 4, 17))));
        Assert.Equal(new DateOnly(2014, 4, 1), next.Start);
        Assert.Equal((new DateOnly(2004, 4, 1), 59), (earlier.Start, earlier.MonthIndex(new DateOnly(2009, 3, 31))));
    }
}
