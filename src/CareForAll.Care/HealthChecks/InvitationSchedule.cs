namespace CareForAll.Care.HealthChecks;

/// <summary>
/// Spreads a practice's eligible people over the five-year cycle: each month invites the people not yet invited
/// this cycle divided by the months left (rounded up), highest estimated risk first. With an unchanged list that is
/// a sixtieth of the people a month (±1) and a fifth a year, and everyone is invited by the cycle's last month;
/// people who become eligible during the cycle join the queue at their risk.
/// </summary>
/// <remarks>
/// The NHS Health Check best practice guidance asks that a fifth of the eligible population is invited each year
/// of the five-year cycle and allows invitations to be prioritised by estimated risk. Ties in risk go to the lower
/// patient id, so a batch is a pure function of its inputs. Pure and thread-safe.
/// </remarks>
public static class InvitationSchedule
{
    /// <summary>How many of <paramref name="waiting"/> people to invite in month <paramref name="monthIndex"/> (0–59).</summary>
    public static int BatchSize(int waiting, int monthIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(waiting);
        ArgumentOutOfRangeException.ThrowIfNegative(monthIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(monthIndex, HealthCheckCycle.Months);
        var monthsLeft = HealthCheckCycle.Months - monthIndex;
        return (waiting + monthsLeft - 1) / monthsLeft;
    }

    /// <summary>The people to invite in month <paramref name="monthIndex"/>, in priority order (highest risk first).</summary>
    public static IReadOnlyList<InvitationCandidate> Batch(IEnumerable<InvitationCandidate> waiting, int monthIndex)
    {
        var queue = PriorityOrder(waiting);
        return [.. queue.Take(BatchSize(queue.Count, monthIndex))];
    }

    /// <summary>The whole cycle for an unchanging list: each person with the month index (0–59) they are invited in.</summary>
    public static IReadOnlyList<(InvitationCandidate Person, int MonthIndex)> PlanCycle(IEnumerable<InvitationCandidate> eligible)
    {
        var queue = PriorityOrder(eligible);
        var plan = new List<(InvitationCandidate, int)>(queue.Count);
        var next = 0;
        for (var month = 0; month < HealthCheckCycle.Months; month++)
        {
            var size = BatchSize(queue.Count - next, month);
            plan.AddRange(queue.Skip(next).Take(size).Select(p => (p, month)));
            next += size;
        }

        return plan;
    }

    private static List<InvitationCandidate> PriorityOrder(IEnumerable<InvitationCandidate> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        return [.. people.OrderByDescending(p => p.Risk).ThenBy(p => p.PatientId)];
    }
}
