namespace CareForAll.Store.Identity;

/// <summary>
/// The configuration section <c>ExternalLogin</c>: NHS login (patients and the public) and NHS Care Identity
/// Service 2 (staff smartcards and authenticators), both OpenID Connect. Both are off unless configured, e.g.
/// <code>
/// "ExternalLogin": {
///   "NhsLogin": { "Enabled": true, "Authority": "https://auth.sandpit.signin.nhs.uk", "ClientId": "careforall",
///                 "Scopes": [ "profile", "email", "nhs_number" ] },
///   "Cis2": { "Enabled": true, "Authority": "https://am.nhsint.auth-ptl.cis2.spineservices.nhs.uk/openam/oauth2/realms/root/realms/NHSIdentity/realms/Healthcare",
///             "ClientId": "careforall", "ClientSecret": "(from secrets)", "Scopes": [ "profile", "nationalrbacaccess" ] }
/// }
/// </code>
/// </summary>
public sealed class ExternalLoginOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string SectionName = "ExternalLogin";

    /// <summary>The authentication scheme of NHS login.</summary>
    public const string NhsLoginScheme = "nhs-login";

    /// <summary>The authentication scheme of NHS CIS2.</summary>
    public const string Cis2Scheme = "nhs-cis2";

    /// <summary>NHS login, for patients.</summary>
    public OpenIdConnectProviderOptions NhsLogin { get; set; } = new();

    /// <summary>NHS Care Identity Service 2, for staff.</summary>
    public OpenIdConnectProviderOptions Cis2 { get; set; } = new();

    /// <summary>
    /// The CareForAll role of each national RBAC job role code a CIS2 user may sign in with (section
    /// <c>ExternalLogin:Cis2Roles</c>, e.g. <c>"R8000": "Clinician"</c>). The clinical access roles R8000 (Clinical
    /// Practitioner), R8001 (Nurse) and R8003 (Health Professional) are clinicians by default; national RBAC has no
    /// analyst, commissioner, regulator or administrator roles of ours, so a deployment adds the codes it uses.
    /// </summary>
    public IDictionary<string, StoreRole> Cis2Roles { get; } = new Dictionary<string, StoreRole>(StringComparer.Ordinal)
    {
        ["R8000"] = StoreRole.Clinician,
        ["R8001"] = StoreRole.Clinician,
        ["R8003"] = StoreRole.Clinician,
    };
}
