using CareForAll.Care.LakeWriteBack;
using CareForAll.Data;
using CareForAll.Store;
using CareForAll.Store.HealthChecks;
using Microsoft.EntityFrameworkCore;

namespace CareForAll.Care.HealthChecks;

/// <summary>
/// Appends the observations of completed health checks not yet in the lake (systolic and diastolic pressure, total and
/// HDL cholesterol, BMI, smoking status and the <c>cvd_risk</c> score) to the lake's <c>observation</c> table as one
/// new Parquet file (<see cref="LakeAppend"/>), then marks the checks written. The <c>health-check-uptake</c> measure
/// then counts them. Codes are the SNOMED CT concepts the lake uses for each kind. Invitations go to the lake's
/// <c>health_check_invitation</c> (<see cref="AppendInvitationsAsync"/>) for the "offered" measures.
/// </summary>
public sealed class HealthCheckLakeWriter(StoreContext store, TimeProvider time)
{
    private static readonly (string Kind, string Unit, string Code, Func<CompletedHealthCheck, double> Value)[] Kinds =
    [
        ("systolic_bp", "mmHg", "72313002", c => c.SystolicBp),
        ("diastolic_bp", "mmHg", "271650006", c => c.DiastolicBp),
        ("total_cholesterol", "mmol/L", "77068002", c => c.TotalCholesterol),
        ("hdl_cholesterol", "mmol/L", "17888004", c => c.HdlCholesterol),
        ("bmi", "kg/m2", "60621009", c => c.Bmi),
        ("smoking_status", "category", "229819007", c => c.SmokingStatus),
        ("cvd_risk", "%", "718087004", c => Math.Round(c.Qrisk3, 1)),
    ];

    /// <summary>Writes the pending checks; returns how many were written and the new file (null when none).</summary>
    public async Task<(int Checks, string? File)> AppendPendingAsync(string lakeDir, CancellationToken cancellationToken = default)
    {
        var pending = await store.CompletedHealthChecks.Where(c => c.WrittenToLakeAt == null).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return (0, null);
        }

        var now = time.GetUtcNow();
        var file = LakeAppend.Write(lakeDir, LakeSchema.Observation, "health-checks-" + LakeAppend.UniqueName(now), writer =>
        {
            foreach (var check in pending)
            {
                foreach (var (kind, unit, code, value) in Kinds)
                {
                    writer.Add(check.PatientId);
                    writer.Add(check.PracticeCode);
                    writer.Add(check.CheckedOn);
                    writer.Add(kind);
                    writer.Add(value(check));
                    writer.Add(unit);
                    writer.Add(code);
                    writer.EndRow();
                }
            }
        });
        foreach (var check in pending)
        {
            check.WrittenToLakeAt = now;
        }

        await store.SaveChangesAsync(cancellationToken);
        return (pending.Count, file);
    }

    /// <summary>
    /// Appends the invitations whose id is above the largest <c>invitation_id</c> already in the lake's
    /// <c>health_check_invitation</c> (invitations are never edited and their ids only grow, so this writes each once
    /// without marking the store); returns how many were written and the new file (null when none).
    /// </summary>
    public async Task<(int Invitations, string? File)> AppendInvitationsAsync(string lakeDir, CancellationToken cancellationToken = default)
    {
        var written = LakeAppend.LargestId(lakeDir, LakeSchema.HealthCheckInvitation, "invitation_id");
        var pending = await store.HealthCheckInvitations.AsNoTracking().Where(i => i.Id > written).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return (0, null);
        }

        var file = LakeAppend.Write(lakeDir, LakeSchema.HealthCheckInvitation, "health-check-invitations-" + LakeAppend.UniqueName(time.GetUtcNow()), writer =>
        {
            foreach (var invitation in pending)
            {
                writer.Add(invitation.Id);
                writer.Add(invitation.PatientId);
                writer.Add(invitation.PracticeCode);
                writer.Add(invitation.BatchMonth);
                writer.Add(invitation.CycleStart);
                writer.Add(invitation.Channel.ToString().ToLowerInvariant());
                writer.Add(invitation.EstimatedRisk);
                writer.EndRow();
            }
        });
        return (pending.Count, file);
    }
}
