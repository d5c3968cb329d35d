using System.Globalization;
using System.Security.Claims;
using CareForAll.Core;
using CareForAll.Store.Identity;

namespace CareForAll.Store.Access;

/// <summary>
/// Who is asking: a user's id, their one role, their organisation and, for a patient, their patient id.
/// </summary>
/// <remarks>
/// Validated at construction: a patient carries a patient id and nobody else does; every role except the public
/// and patients belongs to an organisation. Immutable.
/// </remarks>
public sealed record AccessSubject
{
    /// <summary>Creates a subject; throws <see cref="ArgumentException"/> when the role's rules above are broken.</summary>
    public AccessSubject(string userId, StoreRole role, OdsCode? organisation = null, long? patientId = null, string? userName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (role == StoreRole.Patient && patientId is null)
        {
            throw new ArgumentException("A patient user must be linked to their patient record.", nameof(patientId));
        }

        if (role != StoreRole.Patient && patientId is not null)
        {
            throw new ArgumentException($"Only patient users are linked to a patient record, not {StoreRoles.Name(role)} users.", nameof(patientId));
        }

        if (role is not (StoreRole.Public or StoreRole.Patient) && organisation is null)
        {
            throw new ArgumentException($"A {StoreRoles.Name(role)} user must belong to an organisation.", nameof(organisation));
        }

        UserId = userId;
        Role = role;
        Organisation = organisation;
        PatientId = patientId;
        UserName = userName;
    }

    /// <summary>A visitor who has not signed in.</summary>
    public static AccessSubject Anonymous { get; } = new("anonymous", StoreRole.Public, userName: "anonymous");

    /// <summary>The Identity user id (or <c>anonymous</c>).</summary>
    public string UserId { get; }

    /// <summary>The user's role.</summary>
    public StoreRole Role { get; }

    /// <summary>The user's organisation; null only for the public and for patients.</summary>
    public OdsCode? Organisation { get; }

    /// <summary>For a patient, their lake patient id; otherwise null.</summary>
    public long? PatientId { get; }

    /// <summary>The sign-in name, for audit readers.</summary>
    public string? UserName { get; }

    /// <summary>
    /// The subject of a signed-in principal built by <see cref="StoreUserClaimsPrincipalFactory"/>: name identifier,
    /// name, role and the <see cref="StoreClaimTypes"/> claims. Anyone not signed in, or signed in without a
    /// CareForAll role, is treated as the public. A principal with several roles takes the first in
    /// <see cref="StoreRole"/> order (the least trusted).
    /// </summary>
    public static AccessSubject FromPrincipal(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (principal.Identity?.IsAuthenticated != true || string.IsNullOrWhiteSpace(userId))
        {
            return Anonymous;
        }

        var role = principal.FindAll(ClaimTypes.Role)
            .Select(c => StoreRoles.FromName(c.Value))
            .Where(r => r is not null)
            .Min() ?? StoreRole.Public;
        var organisation = principal.FindFirstValue(StoreClaimTypes.Organisation);
        var patientId = principal.FindFirstValue(StoreClaimTypes.PatientId);
        return new AccessSubject(
            userId,
            role,
            organisation is null ? null : OdsCode.Parse(organisation),
            patientId is null ? null : long.Parse(patientId, CultureInfo.InvariantCulture),
            principal.FindFirstValue(ClaimTypes.Name));
    }

    /// <summary>The subject for a stored user acting in <paramref name="role"/>.</summary>
    public static AccessSubject FromUser(StoreUser user, StoreRole role)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new AccessSubject(
            user.Id,
            role,
            user.OrganisationCode is null ? null : OdsCode.Parse(user.OrganisationCode),
            user.PatientId,
            user.UserName);
    }
}
