namespace CareForAll.Store.Identity;

/// <summary>
/// The OpenID Connect claims CareForAll reads after an NHS login or NHS CIS2 sign-in (claim names as the providers
/// send them; inbound claim mapping is off, see <see cref="ExternalLoginRegistration"/>).
/// </summary>
public static class ExternalClaimTypes
{
    /// <summary>The provider's stable id of the person (both providers).</summary>
    public const string Subject = "sub";

    /// <summary>The person's email address (NHS login <c>email</c> scope; CIS2 <c>email</c> scope).</summary>
    public const string Email = "email";

    /// <summary>NHS login: the person's NHS number (<c>nhs_number</c> scope), ten digits.</summary>
    public const string NhsNumber = "nhs_number";

    /// <summary>NHS login: how well the person's identity was proved, <c>P0</c>, <c>P5</c> or <c>P9</c>.</summary>
    public const string IdentityProofingLevel = "identity_proofing_level";

    /// <summary>CIS2: the user's unique identity number (UUID), from the <c>profile</c> scope.</summary>
    public const string Cis2UserId = "uid";

    /// <summary>CIS2: the user's national RBAC roles (<c>nationalrbacaccess</c> scope), one JSON object per role.</summary>
    public const string NationalRbacRoles = "nhsid_nrbac_roles";

    /// <summary>CIS2: the <c>person_roleid</c> of the role the user chose at sign-in (ID token, <c>selectedrole</c> scope).</summary>
    public const string SelectedRoleId = "selected_roleid";
}
