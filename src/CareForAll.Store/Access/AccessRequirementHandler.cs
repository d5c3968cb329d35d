using Microsoft.AspNetCore.Authorization;

namespace CareForAll.Store.Access;

/// <summary>
/// Meets an <see cref="AccessRequirement"/> by asking <see cref="AccessGuard"/> (so patient data decisions are
/// audited). The resource is the <see cref="AccessResource"/> passed to
/// <c>IAuthorizationService.AuthorizeAsync(user, resource, policy)</c>; for the audit log and published results,
/// which need none, a policy on an endpoint or page works without one.
/// </summary>
public sealed class AccessRequirementHandler(AccessGuard guard) : AuthorizationHandler<AccessRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AccessRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        var resource = context.Resource as AccessResource ?? requirement.Kind switch
        {
            ResourceKind.AuditLog => AccessResource.AuditLog,
            ResourceKind.PublishedResult => AccessResource.PublishedResult,
            _ => null,
        };
        if (resource is null || resource.Kind != requirement.Kind)
        {
            context.Fail(new AuthorizationFailureReason(this, $"the {requirement.Kind} policy needs an AccessResource of that kind"));
            return;
        }

        var decision = await guard.CheckAsync(AccessSubject.FromPrincipal(context.User), requirement.Action, resource, requirement.Purpose);
        if (decision.Allowed)
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, decision.Reason));
        }
    }
}
