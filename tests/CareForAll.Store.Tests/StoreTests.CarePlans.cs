using CareForAll.Store.Access;
using CareForAll.Store.CarePlans;
using CareForAll.Store.Identity;
using CareForAll.Store.Organisations;
using CareForAll.Store.Tests.Backends;
using Microsoft.EntityFrameworkCore;

namespace CareForAll.Store.Tests;

/// <summary>Care plans: optimistic concurrency and access through the guard.</summary>
public abstract partial class StoreTests
{
    private static readonly CarePlanDraft FirstDraft = new("Living well with diabetes", "Walk 30 minutes a day", new DateOnly(2026, 9, 1));

    [Fact]
    public async Task OfTwoSimultaneousEditsOneWinsAndTheOtherIsToldSomeoneElseChangedIt()
    {
        await using var store = await OpenAsync();
        var plan = await CreatePlanAsync(store);
        await using var first = store.Scope();
        await using var second = store.Scope();
        var clinician = Subjects.For(StoreRole.Clinician);

        var results = await Task.WhenAll(
            first.Get<CarePlanStore>().UpdateAsync(clinician, plan.Id, plan.Version, new CarePlanDraft("Plan A", "Swim twice a week"), "direct care"),
            second.Get<CarePlanStore>().UpdateAsync(Subjects.For(StoreRole.Patient), plan.Id, plan.Version, new CarePlanDraft("Plan B", "Cycle to work"), "own care"));

        var winner = Assert.Single(results, r => r.Outcome == CarePlanSaveOutcome.Saved);
        var loser = Assert.Single(results, r => r.Outcome == CarePlanSaveOutcome.ChangedBySomeoneElse);
        await using var db = store.Context();
        var stored = await db.CarePlans.AsNoTracking().SingleAsync();
        Assert.Equal((2, winner.Current!.Title), (stored.Version, stored.Title));
        Assert.Equal((2, stored.Title), (loser.Current!.Version, loser.Current.Title));
        Assert.StartsWith("This care plan was changed by someone else (now version 2).", loser.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditStartedFromAnOlderVersionIsRefusedAndSavesNothing()
    {
        await using var store = await OpenAsync();
        var plan = await CreatePlanAsync(store);
        var clinician = Subjects.For(StoreRole.Clinician);
        await using var scope = store.Scope();
        var plans = scope.Get<CarePlanStore>();

        var saved = await plans.UpdateAsync(clinician, plan.Id, 1, new CarePlanDraft("Plan A", "Swim"), "direct care");
        var stale = await plans.UpdateAsync(clinician, plan.Id, 1, new CarePlanDraft("Plan B", "Cycle"), "direct care");
        var fresh = await plans.UpdateAsync(clinician, plan.Id, 2, new CarePlanDraft("Plan C", "Run"), "direct care");

        Assert.Equal((CarePlanSaveOutcome.Saved, 2), (saved.Outcome, saved.Current!.Version));
        Assert.Equal((CarePlanSaveOutcome.ChangedBySomeoneElse, "Plan A"), (stale.Outcome, stale.Current!.Title));
        Assert.Equal((CarePlanSaveOutcome.Saved, 3, "Plan C"), (fresh.Outcome, fresh.Current!.Version, fresh.Current.Title));
    }

    [Fact]
    public async Task TheVersionIsAConcurrencyTokenForAnyCodeThatSavesAPlan()
    {
        await using var store = await OpenAsync();
        var plan = await CreatePlanAsync(store);
        await using var one = store.Context();
        await using var two = store.Context();
        var mine = await one.CarePlans.SingleAsync(p => p.Id == plan.Id);
        var theirs = await two.CarePlans.SingleAsync(p => p.Id == plan.Id);

        mine.Goals = "Mine";
        theirs.Goals = "Theirs";
        await one.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => two.SaveChangesAsync());
        Assert.Equal(2, mine.Version);
    }

    [Fact]
    public async Task ReadingAnotherPatientsPlanIsDeniedAndTheAttemptIsAudited()
    {
        await using var store = await OpenAsync();
        var plan = await CreatePlanAsync(store);
        var stranger = new AccessSubject("u-other-patient", StoreRole.Patient, patientId: Subjects.OtherPatient);
        await using var scope = store.Scope();

        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() => scope.Get<CarePlanStore>().GetAsync(stranger, plan.Id, "curiosity"));
        var own = await scope.Get<CarePlanStore>().ListForPatientAsync(Subjects.For(StoreRole.Patient), Subjects.OwnPatient, "own care");

        Assert.Equal("a patient sees only their own record", denied.Decision.Reason);
        Assert.Equal([FirstDraft.Title], own.Select(p => p.Title));
        await using var db = store.Context();
        var last = await db.AuditLog.AsNoTracking().Where(e => e.UserId == stranger.UserId).SingleAsync();
        Assert.Equal((false, "curiosity", $"care-plan/{plan.Id}", 1L), (last.Allowed, last.Purpose, last.ResourceId, last.PatientId!.Value));
    }

    private static async Task<CarePlan> CreatePlanAsync(TestStore store)
    {
        await using (var db = store.Context())
        {
            db.CareRelationships.Add(new CareRelationship { PatientId = Subjects.OwnPatient, OrganisationCode = "RXH", Kind = CareRelationshipKind.Treated });
            await db.SaveChangesAsync();
        }

        await using var scope = store.Scope();
        var plan = await scope.Get<CarePlanStore>().CreateAsync(Subjects.For(StoreRole.Clinician), Subjects.OwnPatient, FirstDraft, "direct care");
        Assert.Equal(1, plan.Version);
        return plan;
    }
}
