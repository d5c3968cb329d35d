using System.Security.Claims;
using CareForAll.Core;
using CareForAll.Store.Access;

namespace CareForAll.Web.Secured;

/// <summary>
/// The one door to <see cref="SecuredResults"/> for pages and the API: asks <see cref="AccessGuard"/> (so the
/// decision comes from the store's access policy and is written to the audit log, allowed or denied), then hands
/// out the organisation's rows only when allowed.
/// </summary>
public sealed class SecuredResultsReader(AccessGuard guard, SecuredResults results)
{
    /// <summary>The purpose written to the audit log for every read of secured results.</summary>
    public static string Purpose => AccessPolicies.All[AccessPolicies.ReadSecuredResult].Purpose;

    /// <summary>Decides and audits <paramref name="user"/> reading <paramref name="organisation"/>'s secured results; <paramref name="what"/> names the page or request in the log.</summary>
    public async Task<SecuredRead> ReadAsync(ClaimsPrincipal user, OdsCode organisation, string what, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(organisation);
        var decision = await guard.CheckAsync(
            AccessSubject.FromPrincipal(user), AccessAction.Read, AccessResource.SecuredResult(organisation, what), Purpose, cancellationToken);
        return new SecuredRead(decision, decision.Allowed ? results.For(organisation) : []);
    }
}
