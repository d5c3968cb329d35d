using CareForAll.Store.Audit;

namespace CareForAll.Store.Access;

/// <summary>
/// The door to patient data and secured results: asks <see cref="AccessPolicy"/> and writes every decision about an
/// audited resource (<see cref="ResourceKindExtensions.IsAudited"/>, allowed or denied) to the <see cref="AuditLog"/>
/// before returning it.
/// </summary>
public sealed class AccessGuard(AccessPolicy policy, AuditLog auditLog)
{
    /// <summary>Decides, audits when the resource is audited, and returns the decision.</summary>
    public async Task<AccessDecision> CheckAsync(
        AccessSubject user, AccessAction action, AccessResource resource, string purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        var decision = await policy.DecideAsync(user, action, resource, cancellationToken);
        if (resource.Kind.IsAudited())
        {
            await auditLog.WriteAsync(user, action, resource, purpose, decision, cancellationToken);
        }

        return decision;
    }

    /// <summary>Like <see cref="CheckAsync"/>, but throws <see cref="AccessDeniedException"/> on a deny.</summary>
    public async Task DemandAsync(
        AccessSubject user, AccessAction action, AccessResource resource, string purpose, CancellationToken cancellationToken = default)
    {
        var decision = await CheckAsync(user, action, resource, purpose, cancellationToken);
        if (!decision.Allowed)
        {
            throw new AccessDeniedException(decision);
        }
    }
}
