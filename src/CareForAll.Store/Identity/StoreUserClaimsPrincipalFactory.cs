using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CareForAll.Store.Identity;

/// <summary>
/// Builds a signed-in user's principal: Identity's name, id and role claims plus the user's organisation and, for
/// a patient, their patient id (<see cref="StoreClaimTypes"/>), which <see cref="Access.AccessSubject.FromPrincipal"/> reads.
/// </summary>
public sealed class StoreUserClaimsPrincipalFactory(
    UserManager<StoreUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StoreUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StoreUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        if (user.OrganisationCode is not null)
        {
            identity.AddClaim(new Claim(StoreClaimTypes.Organisation, user.OrganisationCode));
        }

        if (user.PatientId is { } patientId)
        {
            identity.AddClaim(new Claim(StoreClaimTypes.PatientId, patientId.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
