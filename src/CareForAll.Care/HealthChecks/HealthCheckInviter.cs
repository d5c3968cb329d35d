using CareForAll.Store;
using CareForAll.Store.HealthChecks;
using DuckDB.NET.Data;
using Microsoft.EntityFrameworkCore;

namespace CareForAll.Care.HealthChecks;

/// <summary>
/// Makes a practice's monthly NHS Health Check invitations: eligibility from the lake, priority by estimated risk
/// (<see cref="HealthCheckRisk"/>), batch size from <see cref="InvitationSchedule"/>, and one
/// <see cref="HealthCheckInvitation"/> record (letter or message) per person in the operational store.
/// </summary>
/// <remarks>
/// A batch job run by the practice's call-and-recall operator (the <c>careforall healthcheck invite</c> verb), not a
/// look at one person's record, so it writes no per-patient audit rows. Running it twice for the same month returns
/// the first batch unchanged.
/// </remarks>
public sealed class HealthCheckInviter(StoreContext store, TimeProvider time)
{
    /// <summary>Makes (or returns, when already made) the invitations of the month holding <paramref name="month"/>.</summary>
    public async Task<InvitationBatch> InviteAsync(
        DuckDBConnection lake, string practiceCode, DateOnly month, InvitationChannel channel, DateOnly? cycleAnchor = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(practiceCode);
        var first = new DateOnly(month.Year, month.Month, 1);
        var cycle = HealthCheckCycle.Containing(first, cycleAnchor ?? HealthCheckCycle.DefaultAnchor);
        var monthIndex = cycle.MonthIndex(first);
        var earlier = await store.HealthCheckInvitations.AsNoTracking()
            .Where(i => i.PracticeCode == practiceCode && i.CycleStart == cycle.Start)
            .ToListAsync(cancellationToken);

        var people = HealthCheckLake.People(lake, practiceCode, first);
        var eligible = people.Where(p => HealthCheckEligibility.Decide(p, first).IsEligible).ToList();
        var invited = earlier.Where(i => i.BatchMonth < first).Select(i => i.PatientId).ToHashSet();
        var invitedCount = invited.Count;
        var waiting = eligible.Where(p => !invited.Contains(p.PatientId)).ToList();
        var sent = earlier.Where(i => i.BatchMonth == first).OrderBy(i => i.Priority).ToList();
        if (sent.Count > 0)
        {
            return new InvitationBatch(practiceCode, first, cycle, eligible.Count, waiting.Count, sent, AlreadySent: true);
        }

        var candidates = waiting.Select(p =>
        {
            var risk = HealthCheckRisk.Estimate(p, first);
            return new InvitationCandidate(p.PatientId, risk.Percent, risk.Method);
        });
        var now = time.GetUtcNow();
        var text = InvitationLetter.Compose(channel, practiceCode, first);
        var batch = InvitationSchedule.Batch(candidates, invitedCount, monthIndex)
            .Select((c, i) => new HealthCheckInvitation
            {
                PatientId = c.PatientId,
                PracticeCode = practiceCode,
                CycleStart = cycle.Start,
                BatchMonth = first,
                Priority = i + 1,
                EstimatedRisk = c.Risk,
                RiskMethod = c.RiskMethod,
                Channel = channel,
                Text = text,
                CreatedAt = now,
            })
            .ToList();
        store.HealthCheckInvitations.AddRange(batch);
        await store.SaveChangesAsync(cancellationToken);
        foreach (var invitation in batch)
        {
            store.Entry(invitation).State = EntityState.Detached;
        }

        return new InvitationBatch(practiceCode, first, cycle, eligible.Count, waiting.Count, batch, AlreadySent: false);
    }
}
