using CareForAll.Store.Access;
using Microsoft.EntityFrameworkCore;

namespace CareForAll.Store.CarePlans;

/// <summary>
/// Reads and edits care plans. Every call goes through <see cref="AccessGuard"/> (so it is audited) and throws
/// <see cref="AccessDeniedException"/> on a deny. Edits carry the version the editor started from: when someone
/// else has saved since, the edit is refused as <see cref="CarePlanSaveOutcome.ChangedBySomeoneElse"/>.
/// </summary>
public sealed class CarePlanStore(StoreContext store, AccessGuard guard, TimeProvider time)
{
    /// <summary>Creates a plan for <paramref name="patientId"/> at version 1.</summary>
    public async Task<CarePlan> CreateAsync(
        AccessSubject user, long patientId, CarePlanDraft draft, string purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(draft);
        await guard.DemandAsync(user, AccessAction.Change, AccessResource.PatientRecord(patientId, "care-plan/new"), purpose, cancellationToken);
        var plan = new CarePlan
        {
            PatientId = patientId,
            Title = draft.Title,
            Goals = draft.Goals,
            ReviewDate = draft.ReviewDate,
            UpdatedAt = time.GetUtcNow(),
            UpdatedBy = user.UserId,
        };
        store.CarePlans.Add(plan);
        await store.SaveChangesAsync(cancellationToken);
        store.Entry(plan).State = EntityState.Detached;
        return plan;
    }

    /// <summary>The plan with this id, or null when there is none.</summary>
    public async Task<CarePlan?> GetAsync(AccessSubject user, long carePlanId, string purpose, CancellationToken cancellationToken = default)
    {
        var plan = await store.CarePlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == carePlanId, cancellationToken);
        if (plan is not null)
        {
            await guard.DemandAsync(user, AccessAction.Read, ResourceOf(plan), purpose, cancellationToken);
        }

        return plan;
    }

    /// <summary>All plans of <paramref name="patientId"/>, most recently saved first.</summary>
    public async Task<IReadOnlyList<CarePlan>> ListForPatientAsync(
        AccessSubject user, long patientId, string purpose, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(user, AccessAction.Read, AccessResource.PatientRecord(patientId, "care-plans"), purpose, cancellationToken);
        var plans = await store.CarePlans.AsNoTracking().Where(p => p.PatientId == patientId).ToListAsync(cancellationToken);
        return [.. plans.OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id)];
    }

    /// <summary>
    /// Saves <paramref name="draft"/> over the plan if it is still at <paramref name="expectedVersion"/>. The check is
    /// made by the database (<c>UPDATE … WHERE Version = expected</c>), so of two simultaneous edits exactly one wins.
    /// </summary>
    public async Task<CarePlanSaveResult> UpdateAsync(
        AccessSubject user, long carePlanId, int expectedVersion, CarePlanDraft draft, string purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(draft);
        var plan = await store.CarePlans.FirstOrDefaultAsync(p => p.Id == carePlanId, cancellationToken);
        if (plan is null)
        {
            return new CarePlanSaveResult(CarePlanSaveOutcome.NotFound, null);
        }

        try
        {
            await guard.DemandAsync(user, AccessAction.Change, ResourceOf(plan), purpose, cancellationToken);
            store.Entry(plan).Property(p => p.Version).OriginalValue = expectedVersion;
            plan.Title = draft.Title;
            plan.Goals = draft.Goals;
            plan.ReviewDate = draft.ReviewDate;
            plan.UpdatedAt = time.GetUtcNow();
            plan.UpdatedBy = user.UserId;
            await store.SaveChangesAsync(cancellationToken);
            return new CarePlanSaveResult(CarePlanSaveOutcome.Saved, plan);
        }
        catch (DbUpdateConcurrencyException)
        {
            store.Entry(plan).State = EntityState.Detached;
            var current = await store.CarePlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == carePlanId, cancellationToken);
            return new CarePlanSaveResult(current is null ? CarePlanSaveOutcome.NotFound : CarePlanSaveOutcome.ChangedBySomeoneElse, current);
        }
        finally
        {
            if (store.Entry(plan).State != EntityState.Detached)
            {
                store.Entry(plan).State = EntityState.Detached;
            }
        }
    }

    private static AccessResource ResourceOf(CarePlan plan) => AccessResource.PatientRecord(plan.PatientId, $"care-plan/{plan.Id}");
}
