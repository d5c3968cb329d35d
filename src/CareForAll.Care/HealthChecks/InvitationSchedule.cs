namespace CareForAll.Care.HealthChecks;

/// <summary>
/// Spreads a practice's eligible people over the five-year cycle in monthly batches, highest estimated risk first.
/// By the end of month <c>m</c> (0–59) of the cycle, round((m + 1) / 60 × N) people have been invited, N being
/// those invited so far plus those waiting. With an unchanging list every month invites N/60 people (±1), every
/// year N/5 (±1), and everyone is invited by the last month; people who become eligible during the cycle join the
/// queue at their risk and raise N.
/// </summary>
/// <remarks>
/// The NHS Health Check best practice guidance asks that a fifth of the eligible population is invited each year
/// of the five-year cycle and allows invitations to be prioritised by estimated risk. Ties in risk go to the lower
/// patient id, so a batch is a pure function of its inputs. Pure and thread-safe.
/// </remarks>
public static class InvitationSchedule
{
    /// <summary>
    /// How many of <paramref name="waiting"/> people to invite in month <paramref name="monthIndex"/> (0–59) when
    /// <paramref name="alreadyInvited"/> were invited earlier in the cycle.
    /// </summary>
    public static int BatchSize(int waiting, int alreadyInvited, int monthIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(waiting);
        ArgumentOutOfRangeException.ThrowIfNegative(alreadyInvited);
        ArgumentOutOfRangeException.ThrowIfNegative(monthIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(monthIndex, HealthCheckCycle.Months);
        long total = waiting + alreadyInvited;
        var target = ((2 * (monthIndex + 1) * total) + HealthCheckCycle.Months) / (2 * HealthCheckCycle.Months);
        return (int)Math.Clamp(target - alreadyInvited, 0, waiting);
    }

    /// <summary>The people to invite in month <paramref name="monthIndex"/>, in priority order (highest risk first).</summary>
    public static IReadOnlyList<InvitationCandidate> Batch(IEnumerable<InvitationCandidate> waiting, int alreadyInvited, int monthIndex)
    {
        var queue = PriorityOrder(waiting);
        return [.. queue.Take(BatchSize(queue.Count, alreadyInvited, monthIndex))];
    }

    /// <summary>The whole cycle for an unchanging list: each person with the month index (0–59) they are invited in.</summary>
    public static IReadOnlyList<(InvitationCandidate Person, int MonthIndex)> PlanCycle(IEnumerable<InvitationCandidate> eligible)
    {
        var queue = PriorityOrder(eligible);
        var plan = new List<(InvitationCandidate, int)>(queue.Count);
        for (var month = 0; month < HealthCheckCycle.Months; month++)
        {
            var size = BatchSize(queue.Count - plan.Count, plan.Count, month);
            plan.AddRange(queue.Skip(plan.Count).Take(size).Select(p => (p, month)));
        }

        return plan;
    }

    private static List<InvitationCandidate> PriorityOrder(IEnumerable<InvitationCandidate> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        return [.. people.OrderByDescending(p => p.Risk).ThenBy(p => p.PatientId)];
    }
}
