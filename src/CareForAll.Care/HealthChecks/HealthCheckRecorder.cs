using System.Globalization;
using CareForAll.Care.VascularRisk;
using CareForAll.Store;
using CareForAll.Store.Access;
using CareForAll.Store.HealthChecks;
using Microsoft.EntityFrameworkCore;

namespace CareForAll.Care.HealthChecks;

/// <summary>
/// Records completed NHS Health Checks with their QRISK®3-2017 score and manages the follow-up tasks they prompt:
/// a 10-year risk of 10% or more creates the task "discuss statin (NICE CG181)". Every call goes through
/// <see cref="AccessGuard"/>, so it is audited, and throws <see cref="AccessDeniedException"/> on a deny.
/// </summary>
/// <remarks>
/// NICE CG181 (2014), Cardiovascular disease: risk assessment and reduction, including lipid modification: offer
/// atorvastatin 20 mg for primary prevention to people with a 10-year risk of 10% or more, after discussing the
/// benefits, risks and lifestyle changes. The task is due <see cref="FollowUpDays"/> days after the check (a CareForAll
/// assumption, not a NICE figure).
/// </remarks>
public sealed class HealthCheckRecorder(StoreContext store, AccessGuard guard, TimeProvider time)
{
    /// <summary>The 10-year risk (percent) from which a statin discussion is prompted.</summary>
    public const double StatinDiscussionThreshold = 10.0;

    /// <summary>The title of the task a risk at or above the threshold creates.</summary>
    public const string StatinDiscussionTitle = "discuss statin (NICE CG181)";

    /// <summary>Days from the check to the task's due date.</summary>
    public const int FollowUpDays = 28;

    /// <summary>Saves a check for <paramref name="patientId"/> at <paramref name="practiceCode"/>, with its follow-up when due.</summary>
    public async Task<RecordedHealthCheck> RecordAsync(
        AccessSubject user, long patientId, string practiceCode, HealthCheckFindings findings, long? invitationId, string purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(findings);
        await guard.DemandAsync(user, AccessAction.Change, AccessResource.PatientRecord(patientId, "health-check/new"), purpose, cancellationToken);
        var now = time.GetUtcNow();
        var risk = Qrisk3.TenYearRisk(findings.Risk);
        var check = new CompletedHealthCheck
        {
            PatientId = patientId,
            PracticeCode = practiceCode,
            InvitationId = invitationId,
            CheckedOn = findings.CheckedOn,
            SystolicBp = findings.Risk.SystolicBp,
            DiastolicBp = findings.DiastolicBp,
            TotalCholesterol = findings.TotalCholesterol,
            HdlCholesterol = findings.HdlCholesterol,
            Bmi = findings.Risk.Bmi,
            SmokingStatus = (int)findings.Risk.Smoking,
            Qrisk3 = risk,
            RecordedBy = user.UserId,
            RecordedAt = now,
        };
        store.CompletedHealthChecks.Add(check);
        await store.SaveChangesAsync(cancellationToken);

        FollowUpTask? task = null;
        if (risk >= StatinDiscussionThreshold)
        {
            task = new FollowUpTask
            {
                PatientId = patientId,
                PracticeCode = practiceCode,
                HealthCheckId = check.Id,
                Title = StatinDiscussionTitle,
                Reason = string.Create(CultureInfo.InvariantCulture,
                    $"QRISK®3-2017 10-year cardiovascular risk {risk:0.0}% at the health check on {findings.CheckedOn:yyyy-MM-dd} (10% or more): discuss lifestyle changes and offer atorvastatin 20 mg (NICE CG181)."),
                Due = findings.CheckedOn.AddDays(FollowUpDays),
                Status = FollowUpStatus.Open,
                UpdatedAt = now,
                UpdatedBy = user.UserId,
            };
            store.FollowUpTasks.Add(task);
            await store.SaveChangesAsync(cancellationToken);
            store.Entry(task).State = EntityState.Detached;
        }

        store.Entry(check).State = EntityState.Detached;
        return new RecordedHealthCheck(check, task);
    }

    /// <summary>The open follow-up tasks of a practice, earliest due first; each patient's record access is audited.</summary>
    public async Task<IReadOnlyList<FollowUpTask>> OpenTasksAsync(
        AccessSubject user, string practiceCode, string purpose, CancellationToken cancellationToken = default)
    {
        var tasks = await store.FollowUpTasks.AsNoTracking()
            .Where(t => t.PracticeCode == practiceCode && t.Status == FollowUpStatus.Open)
            .ToListAsync(cancellationToken);
        foreach (var task in tasks)
        {
            await guard.DemandAsync(user, AccessAction.Read, ResourceOf(task), purpose, cancellationToken);
        }

        return [.. tasks.OrderBy(t => t.Due).ThenBy(t => t.Id)];
    }

    /// <summary>
    /// Marks a task done or declined with what happened, if it is still at <paramref name="expectedVersion"/>; otherwise
    /// nothing is saved and the current task is returned.
    /// </summary>
    public async Task<FollowUpSaveResult> CloseTaskAsync(
        AccessSubject user, long taskId, int expectedVersion, FollowUpStatus status, string outcome, string purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        if (status == FollowUpStatus.Open)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "a task is closed as done or declined");
        }

        var task = await store.FollowUpTasks.FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (task is null)
        {
            return new FollowUpSaveResult(false, null);
        }

        try
        {
            await guard.DemandAsync(user, AccessAction.Change, ResourceOf(task), purpose, cancellationToken);
            store.Entry(task).Property(t => t.Version).OriginalValue = expectedVersion;
            task.Status = status;
            task.Outcome = outcome.Trim();
            task.UpdatedAt = time.GetUtcNow();
            task.UpdatedBy = user.UserId;
            await store.SaveChangesAsync(cancellationToken);
            return new FollowUpSaveResult(true, task);
        }
        catch (DbUpdateConcurrencyException)
        {
            store.Entry(task).State = EntityState.Detached;
            return new FollowUpSaveResult(false, await store.FollowUpTasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken));
        }
        finally
        {
            store.Entry(task).State = EntityState.Detached;
        }
    }

    private static AccessResource ResourceOf(FollowUpTask task) => AccessResource.PatientRecord(task.PatientId, $"follow-up/{task.Id}");
}
