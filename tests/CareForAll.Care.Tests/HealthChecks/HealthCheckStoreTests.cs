using CareForAll.Care.HealthChecks;
using CareForAll.Care.VascularRisk;
using CareForAll.Core;
using CareForAll.Store.Access;
using CareForAll.Store.HealthChecks;
using CareForAll.Store.Identity;
using CareForAll.Store.Organisations;
using CareForAll.Tests;
using Microsoft.EntityFrameworkCore;

namespace CareForAll.Care.Tests.HealthChecks;

/// <summary>Invitations, completed checks and the statin follow-up, saved in a real (SQLite) operational store.</summary>
public sealed class HealthCheckStoreTests : IDisposable
{
    private static readonly AccessSubject Nurse = new("u-nurse", StoreRole.Clinician, OdsCode.Parse("A00001"));
    private readonly HandBuiltLake lake = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => lake.Dispose();

    /// <summary>120 eligible women whose systolic pressure (so risk) rises with their id, and four people who are not eligible.</summary>
    private void PracticeOf120()
    {
        for (var id = 1; id <= 120; id++)
        {
            lake.Patient(id, "A00001", "F", "1955-06-01");
            lake.Observation(id, "2008-06-01", "systolic_bp", 90 + id); // 91 to 210 mmHg, inside QRISK3's range
        }

        lake.Patient(201, "A00001", "F", "1980-06-01");
        lake.Patient(202, "A00001", "F", "1955-06-01");
        lake.Medication(202, "statin", "2008-06-01");
        lake.Patient(203, "A00001", "F", "1955-06-01");
        lake.Condition(203, "hypertension", "2005-01-01");
        lake.Patient(204, "A00001", "F", "1955-06-01", left: "2008-12-31");
    }

    [Fact]
    public async Task EachMonthInvitesItsShareOfTheEligibleHighestRiskFirstAndNobodyTwice()
    {
        PracticeOf120();
        using var store = await TestStore.OpenAsync();

        await using var db = store.Context();
        var inviter = new HealthCheckInviter(db, store.Time);
        var april = await inviter.InviteAsync(lake.Connection, "A00001", new DateOnly(2009, 4, 1), InvitationChannel.Letter, cancellationToken: Ct);
        var again = await inviter.InviteAsync(lake.Connection, "A00001", new DateOnly(2009, 4, 20), InvitationChannel.Letter, cancellationToken: Ct);
        var may = await inviter.InviteAsync(lake.Connection, "A00001", new DateOnly(2009, 5, 1), InvitationChannel.Message, cancellationToken: Ct);

        // 120 eligible over 60 months: 2 a month; the highest systolic pressures (ids 120, 119, then 118, 117) go first.
        Assert.Equal((120, 120, false), (april.Eligible, april.Waiting, april.AlreadySent));
        Assert.Equal([120L, 119], april.Invitations.Select(i => i.PatientId));
        Assert.Equal([1, 2], april.Invitations.Select(i => i.Priority));
        Assert.True(april.Invitations[0].EstimatedRisk > april.Invitations[1].EstimatedRisk);
        Assert.Equal("qrisk3-defaults", april.Invitations[0].RiskMethod);
        Assert.Contains("NHS Health Check", april.Invitations[0].Text, StringComparison.Ordinal);
        Assert.True(again.AlreadySent);
        Assert.Equal([120L, 119], again.Invitations.Select(i => i.PatientId));
        Assert.Equal(118, may.Waiting);
        Assert.Equal([118L, 117], may.Invitations.Select(i => i.PatientId));
        Assert.Equal(InvitationChannel.Message, may.Invitations[0].Channel);
        Assert.Equal(4, await db.HealthCheckInvitations.CountAsync(Ct));
    }

    [Fact]
    public async Task ARiskOfTenPercentOrMoreCreatesAStatinDiscussionTaskAndLowerRiskDoesNot()
    {
        using var store = await TestStore.OpenAsync();
        await store.RelateAsync(7, "A00001", CareRelationshipKind.Registered);
        await store.RelateAsync(8, "A00001", CareRelationshipKind.Registered);
        await using var db = store.Context();
        var recorder = new HealthCheckRecorder(db, store.Guard(db), store.Time);
        var high = new HealthCheckFindings(new DateOnly(2010, 4, 20), 64, Qrisk3Sex.Male, 165, 95, 7.0, 1.0, 31, Qrisk3Smoking.Heavy);
        var low = new HealthCheckFindings(new DateOnly(2010, 4, 20), 42, Qrisk3Sex.Female, 112, 70, 4.5, 1.8, 23, Qrisk3Smoking.NonSmoker);

        var atRisk = await recorder.RecordAsync(Nurse, 7, "A00001", high, invitationId: null, "health check", Ct);
        var lowRisk = await recorder.RecordAsync(Nurse, 8, "A00001", low, invitationId: null, "health check", Ct);
        var open = await recorder.OpenTasksAsync(Nurse, "A00001", "follow-up list", Ct);

        Assert.Equal(Qrisk3.TenYearRisk(high.Risk), atRisk.Check.Qrisk3, 12);
        Assert.True(atRisk.Check.Qrisk3 >= HealthCheckRecorder.StatinDiscussionThreshold);
        Assert.True(lowRisk.Check.Qrisk3 < HealthCheckRecorder.StatinDiscussionThreshold);
        Assert.Null(lowRisk.StatinDiscussion);
        var task = Assert.Single(open);
        Assert.Equal(("discuss statin (NICE CG181)", 7L, atRisk.Check.Id, new DateOnly(2010, 5, 18)), (task.Title, task.PatientId, task.HealthCheckId!.Value, task.Due));
        Assert.Equal(2, await db.CompletedHealthChecks.CountAsync(Ct));
        Assert.True(await db.AuditLog.CountAsync(e => e.PatientId == 7, Ct) >= 2);
    }

    [Fact]
    public async Task ClosingAFollowUpNeedsTheVersionItWasReadAt()
    {
        using var store = await TestStore.OpenAsync();
        await store.RelateAsync(7, "A00001", CareRelationshipKind.Registered);
        await using var db = store.Context();
        var recorder = new HealthCheckRecorder(db, store.Guard(db), store.Time);
        var recorded = await recorder.RecordAsync(
            Nurse, 7, "A00001", new HealthCheckFindings(new DateOnly(2010, 4, 20), 70, Qrisk3Sex.Male, 170, 95, 7.0, 1.0, 31, Qrisk3Smoking.Heavy), null, "check", Ct);
        var taskId = recorded.StatinDiscussion!.Id;

        var done = await recorder.CloseTaskAsync(Nurse, taskId, 1, FollowUpStatus.Done, "Started atorvastatin 20 mg", "follow-up", Ct);
        var stale = await recorder.CloseTaskAsync(Nurse, taskId, 1, FollowUpStatus.Declined, "Declined", "follow-up", Ct);

        Assert.True(done.Saved);
        Assert.False(stale.Saved);
        Assert.Equal((FollowUpStatus.Done, 2), (stale.Current!.Status, stale.Current.Version));
    }

    [Fact]
    public async Task AClinicianOutsideThePatientsCareCannotRecordACheck()
    {
        using var store = await TestStore.OpenAsync();
        await using var db = store.Context();
        var recorder = new HealthCheckRecorder(db, store.Guard(db), store.Time);
        var findings = new HealthCheckFindings(new DateOnly(2010, 4, 20), 50, Qrisk3Sex.Female, 120, 80, 5, 1.5, 25, Qrisk3Smoking.NonSmoker);

        await Assert.ThrowsAsync<AccessDeniedException>(() => recorder.RecordAsync(Nurse, 99, "A00001", findings, null, "check", Ct));
        Assert.Equal(0, await db.CompletedHealthChecks.CountAsync(Ct));
    }
}
