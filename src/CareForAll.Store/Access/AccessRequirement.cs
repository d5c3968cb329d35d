using Microsoft.AspNetCore.Authorization;

namespace CareForAll.Store.Access;

/// <summary>
/// The ASP.NET Core requirement behind each policy of <see cref="AccessPolicies"/>: an action on a kind of
/// resource, for a stated purpose that goes into the audit log.
/// </summary>
public sealed record AccessRequirement(AccessAction Action, ResourceKind Kind, string Purpose) : IAuthorizationRequirement;
