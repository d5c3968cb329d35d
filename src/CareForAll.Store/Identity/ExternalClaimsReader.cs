using System.Security.Claims;
using System.Text.Json;
using CareForAll.Core;

namespace CareForAll.Store.Identity;

/// <summary>
/// Reads the claims of an NHS login or NHS CIS2 sign-in (<see cref="ExternalClaimTypes"/>) into an
/// <see cref="ExternalIdentity"/>, or says why it cannot.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>NHS login: a person proved to <c>P9</c> with a valid NHS number (Modulus 11) becomes a patient; anyone else a
/// member of the public (their NHS number is not trusted below P9).</item>
/// <item>CIS2: the role the user selected (<c>selected_roleid</c>; their only role when they have one) gives the
/// organisation (<c>org_code</c>) and the national RBAC job role, the last part of <c>role_code</c> (e.g.
/// <c>R8000</c>), which <see cref="ExternalLoginOptions.Cis2Roles"/> turns into a CareForAll role. A job role
/// not in that table is refused.</item>
/// </list>
/// </remarks>
public static class ExternalClaimsReader
{
    /// <summary>The identity proofing level at which NHS login has checked the person against their NHS record.</summary>
    public const string HighProofingLevel = "P9";

    /// <summary>Reads <paramref name="principal"/> as signed in by <paramref name="scheme"/> (<see cref="ExternalLoginOptions.NhsLoginScheme"/> or <see cref="ExternalLoginOptions.Cis2Scheme"/>).</summary>
    public static ExternalIdentityResult Read(string scheme, ClaimsPrincipal principal, IReadOnlyDictionary<string, StoreRole> cis2Roles)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(cis2Roles);
        return scheme switch
        {
            ExternalLoginOptions.NhsLoginScheme => FromNhsLogin(principal),
            ExternalLoginOptions.Cis2Scheme => FromCis2(principal, cis2Roles),
            _ => ExternalIdentityResult.Refuse($"'{scheme}' is not an NHS sign-in CareForAll knows."),
        };
    }

    private static ExternalIdentityResult FromNhsLogin(ClaimsPrincipal principal)
    {
        if (principal.FindFirstValue(ExternalClaimTypes.Subject) is not { Length: > 0 } subject)
        {
            return ExternalIdentityResult.Refuse("NHS login did not say who you are (no 'sub' claim).");
        }

        var email = principal.FindFirstValue(ExternalClaimTypes.Email);
        var proved = principal.FindFirstValue(ExternalClaimTypes.IdentityProofingLevel) == HighProofingLevel;
        var nhsNumberText = principal.FindFirstValue(ExternalClaimTypes.NhsNumber);
        if (!proved || nhsNumberText is null)
        {
            return new(new ExternalIdentity(ExternalLoginOptions.NhsLoginScheme, subject, StoreRole.Public, email, null, null), null);
        }

        return Core.NhsNumber.TryParse(nhsNumberText, null, out var nhsNumber)
            ? new(new ExternalIdentity(ExternalLoginOptions.NhsLoginScheme, subject, StoreRole.Patient, email, nhsNumber, null), null)
            : ExternalIdentityResult.Refuse("NHS login sent an NHS number that is not valid (its check digit is wrong).");
    }

    private static ExternalIdentityResult FromCis2(ClaimsPrincipal principal, IReadOnlyDictionary<string, StoreRole> cis2Roles)
    {
        var subject = principal.FindFirstValue(ExternalClaimTypes.Cis2UserId) ?? principal.FindFirstValue(ExternalClaimTypes.Subject);
        if (subject is not { Length: > 0 })
        {
            return ExternalIdentityResult.Refuse("NHS CIS2 did not say who you are (no 'uid' or 'sub' claim).");
        }

        var roles = principal.FindAll(ExternalClaimTypes.NationalRbacRoles).SelectMany(c => NationalRole.Parse(c.Value)).ToList();
        var selected = principal.FindFirstValue(ExternalClaimTypes.SelectedRoleId);
        var role = selected is not null ? roles.FirstOrDefault(r => r.PersonRoleId == selected) : roles.Count == 1 ? roles[0] : null;
        if (role is null)
        {
            return ExternalIdentityResult.Refuse(roles.Count == 0
                ? "Your NHS smartcard account has no role. Ask your Registration Authority for one."
                : "Choose the role you are working in when you sign in with your NHS smartcard.");
        }

        if (!cis2Roles.TryGetValue(role.JobRoleCode, out var storeRole) || storeRole is StoreRole.Public or StoreRole.Patient)
        {
            return ExternalIdentityResult.Refuse($"Your role {role.JobRoleCode} does not give access to CareForAll.");
        }

        return OdsCode.TryParse(role.OrganisationCode, null, out var organisation)
            ? new(new ExternalIdentity(ExternalLoginOptions.Cis2Scheme, subject, storeRole, principal.FindFirstValue(ExternalClaimTypes.Email), null, organisation), null)
            : ExternalIdentityResult.Refuse("NHS CIS2 did not give the organisation of your role.");
    }

    /// <summary>One entry of <c>nhsid_nrbac_roles</c>: the role's id, its organisation and the job role code (the last part of <c>role_code</c>).</summary>
    private sealed record NationalRole(string PersonRoleId, string? OrganisationCode, string JobRoleCode)
    {
        /// <summary>The roles in one claim value: a JSON object, or an array of them; nothing when it is neither.</summary>
        public static IEnumerable<NationalRole> Parse(string json)
        {
            JsonElement root;
            try
            {
                root = JsonDocument.Parse(json).RootElement;
            }
            catch (JsonException)
            {
                return [];
            }

            var items = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
            return [.. items.Where(i => i.ValueKind == JsonValueKind.Object).Select(From).OfType<NationalRole>()];
        }

        private static NationalRole? From(JsonElement role)
        {
            string? Text(string name) => role.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            var id = Text("person_roleid");
            var code = Text("role_code");
            return id is null || code is null ? null : new NationalRole(id, Text("org_code"), code.Split(':')[^1]);
        }
    }
}
