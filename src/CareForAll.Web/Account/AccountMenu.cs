using System.Globalization;
using System.Security.Claims;
using CareForAll.Store.Access;
using CareForAll.Store.Identity;

namespace CareForAll.Web.Account;

/// <summary>
/// What the header's account area shows: for a visitor, nothing but "Sign in"; for a signed-in user, their name and
/// role and the signed-in pages the access policy lets them use (their record for a patient, the secured results
/// for analysts, commissioners and regulators, the audit log for administrators).
/// </summary>
public sealed record AccountMenu(string? UserName, string? Role, IReadOnlyList<AccountLink> Links)
{
    /// <summary>True when someone is signed in.</summary>
    public bool SignedIn => UserName is not null;

    /// <summary>The menu for <paramref name="principal"/>.</summary>
    public static AccountMenu For(ClaimsPrincipal principal)
    {
        var user = AccessSubject.FromPrincipal(principal);
        if (principal.Identity?.IsAuthenticated != true)
        {
            return new AccountMenu(null, null, []);
        }

        var links = new List<AccountLink>();
        if (user.PatientId is { } patient && Allows(user, AccessResource.PatientRecord(patient)))
        {
            links.Add(new("Your record", "/records/patients/" + patient.ToString(CultureInfo.InvariantCulture)));
        }

        if (AccessPolicy.ReadsSecuredResults(user.Role))
        {
            links.Add(new("Secured results", "/secured"));
        }

        if (Allows(user, AccessResource.AuditLog))
        {
            links.Add(new("Audit log", "/admin/audit"));
        }

        return new AccountMenu(user.UserName ?? user.UserId, StoreRoles.Name(user.Role).Replace('-', ' '), links);
    }

    private static bool Allows(AccessSubject user, AccessResource resource) =>
        AccessPolicy.Decide(user, AccessAction.Read, resource, RelationshipFacts.None).Allowed;
}

/// <summary>One link of the header's account area.</summary>
public sealed record AccountLink(string Text, string Href);
