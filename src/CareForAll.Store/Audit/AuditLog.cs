using CareForAll.Store.Access;
using Microsoft.EntityFrameworkCore;

namespace CareForAll.Store.Audit;

/// <summary>
/// The append-only audit log: writes one row per decision about patient-identifiable data, lets administrators
/// search it and lets a patient see who looked at their record. Both reads are themselves checked by
/// <see cref="AccessPolicy"/> and written to the log.
/// </summary>
public sealed class AuditLog(StoreContext store, TimeProvider time)
{
    /// <summary>Appends the row for <paramref name="decision"/>, stamped with the current UTC time.</summary>
    public async Task<AuditEntry> WriteAsync(
        AccessSubject user, AccessAction action, AccessResource resource, string purpose, AccessDecision decision, CancellationToken cancellationToken = default)
    {
        var entry = AuditEntry.For(user, action, resource, purpose, decision, time.GetUtcNow());
        store.AuditLog.Add(entry);
        await store.SaveChangesAsync(cancellationToken);
        store.Entry(entry).State = EntityState.Detached;
        return entry;
    }

    /// <summary>
    /// The rows matching <paramref name="query"/>, newest first, for an administrator; throws
    /// <see cref="AccessDeniedException"/> for anyone else. The search itself is logged.
    /// </summary>
    public async Task<IReadOnlyList<AuditEntry>> SearchAsync(
        AccessSubject administrator, AuditQuery query, string purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await DemandAsync(administrator, AccessResource.AuditLog, purpose, cancellationToken);
        var rows = store.AuditLog.AsNoTracking();
        if (query.UserId is not null)
        {
            rows = rows.Where(e => e.UserId == query.UserId);
        }

        if (query.PatientId is not null)
        {
            rows = rows.Where(e => e.PatientId == query.PatientId);
        }

        if (query.From is { } from)
        {
            var fromUtc = from.ToUniversalTime();
            rows = rows.Where(e => e.OccurredAt >= fromUtc);
        }

        if (query.To is { } to)
        {
            var toUtc = to.ToUniversalTime();
            rows = rows.Where(e => e.OccurredAt < toUtc);
        }

        if (query.Action is { } action)
        {
            rows = rows.Where(e => e.Action == action);
        }

        return await rows.OrderByDescending(e => e.Id).Take(query.Limit).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// "Who looked at my record": every decision about <paramref name="patientId"/>'s record (allowed and denied),
    /// newest first. Only the patient themself and administrators may ask; the asking is logged.
    /// </summary>
    public async Task<IReadOnlyList<AuditEntry>> WhoLookedAtAsync(
        AccessSubject user, long patientId, CancellationToken cancellationToken = default)
    {
        await DemandAsync(user, AccessResource.RecordAccessHistory(patientId), "see who looked at the record", cancellationToken);
        return await store.AuditLog.AsNoTracking()
            .Where(e => e.PatientId == patientId && (e.ResourceKind == ResourceKind.PatientRecord || e.ResourceKind == ResourceKind.PatientQuestionnaire))
            .OrderByDescending(e => e.Id)
            .ToListAsync(cancellationToken);
    }

    private async Task DemandAsync(AccessSubject user, AccessResource resource, string purpose, CancellationToken cancellationToken)
    {
        var decision = AccessPolicy.Decide(user, AccessAction.Read, resource, RelationshipFacts.None);
        await WriteAsync(user, AccessAction.Read, resource, purpose, decision, cancellationToken);
        if (!decision.Allowed)
        {
            throw new AccessDeniedException(decision);
        }
    }
}
