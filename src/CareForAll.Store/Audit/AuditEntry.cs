using CareForAll.Store.Access;
using CareForAll.Store.Identity;

namespace CareForAll.Store.Audit;

/// <summary>
/// One row of the append-only audit log: who (user, role, organisation) did what (action on a kind of resource,
/// which record, which patient), when (UTC), why (purpose) and whether it was allowed, with the policy's reason.
/// </summary>
/// <remarks>
/// Times are kept to the microsecond, PostgreSQL's precision, so both databases give back what was written.
/// Rows are only ever inserted: the database refuses UPDATE and DELETE on the table (triggers created by the
/// migrations), and no property can be set after construction.
/// </remarks>
public sealed class AuditEntry
{
    /// <summary>The row id, in order of writing.</summary>
    public long Id { get; init; }

    /// <summary>When the access was decided (UTC).</summary>
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>The Identity user id (or <c>anonymous</c>).</summary>
    public required string UserId { get; init; }

    /// <summary>The sign-in name, if known.</summary>
    public string? UserName { get; init; }

    /// <summary>The user's role.</summary>
    public StoreRole Role { get; init; }

    /// <summary>The user's organisation, if any.</summary>
    public string? OrganisationCode { get; init; }

    /// <summary>Read or change.</summary>
    public AccessAction Action { get; init; }

    /// <summary>The kind of resource.</summary>
    public ResourceKind ResourceKind { get; init; }

    /// <summary>Which record, e.g. <c>care-plan/42</c>, if given.</summary>
    public string? ResourceId { get; init; }

    /// <summary>The patient the resource identifies, if any.</summary>
    public long? PatientId { get; init; }

    /// <summary>The organisation the resource belongs to, if any.</summary>
    public string? ResourceOrganisationCode { get; init; }

    /// <summary>Why the user asked (e.g. "direct care").</summary>
    public required string Purpose { get; init; }

    /// <summary>Whether the policy allowed it.</summary>
    public bool Allowed { get; init; }

    /// <summary>The policy's reason.</summary>
    public required string Reason { get; init; }

    /// <summary>The entry for <paramref name="decision"/> about <paramref name="user"/> doing <paramref name="action"/> to <paramref name="resource"/>.</summary>
    public static AuditEntry For(
        AccessSubject user, AccessAction action, AccessResource resource, string purpose, AccessDecision decision, DateTimeOffset occurredAt)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        return new AuditEntry
        {
            OccurredAt = ToMicroseconds(occurredAt.ToUniversalTime()),
            UserId = user.UserId,
            UserName = user.UserName,
            Role = user.Role,
            OrganisationCode = user.Organisation?.ToString(),
            Action = action,
            ResourceKind = resource.Kind,
            ResourceId = resource.Id,
            PatientId = resource.PatientId,
            ResourceOrganisationCode = resource.Organisation?.ToString(),
            Purpose = purpose,
            Allowed = decision.Allowed,
            Reason = decision.Reason,
        };
    }

    private static DateTimeOffset ToMicroseconds(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
}
