using System.Security.Claims;
using CareForAll.Core;
using CareForAll.Store.Identity;

namespace CareForAll.Store.Tests;

/// <summary>
/// The claims of an NHS login or CIS2 callback read into who the person is to CareForAll. Claim names and shapes
/// follow the providers' developer guides: NHS login's <c>nhs_number</c>, <c>email</c> and
/// <c>identity_proofing_level</c>; CIS2's <c>uid</c>, <c>selected_roleid</c> and <c>nhsid_nrbac_roles</c> (one
/// JSON object per role with <c>person_roleid</c>, <c>org_code</c> and <c>role_code</c> such as S8000:G8000:R8000).
/// </summary>
public sealed class ExternalClaimsReaderTests
{
    private static readonly IReadOnlyDictionary<string, StoreRole> Roles =
        new Dictionary<string, StoreRole>(new ExternalLoginOptions().Cis2Roles) { ["R9999"] = StoreRole.ProviderAnalyst };

    private static ClaimsPrincipal Principal(string scheme, params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), scheme));

    private static string Role(string roleId, string org, string code) =>
        $$"""{"person_orgid":"5552","person_roleid":"{{roleId}}","org_code":"{{org}}","role_name":"\"Clinical\":\"Clinical Provision\":\"Clinical Practitioner Access Role\"","role_code":"{{code}}"}""";

    [Fact]
    public void A_P9_nhs_login_with_a_valid_nhs_number_is_a_patient_with_that_number()
    {
        var result = ExternalClaimsReader.Read(ExternalLoginOptions.NhsLoginScheme, Principal("oidc",
            ("sub", "nhs-login-42"), ("email", "pat@example.org"), ("nhs_number", "9434765870"), ("identity_proofing_level", "P9")), Roles);

        Assert.Equal(
            new ExternalIdentity(ExternalLoginOptions.NhsLoginScheme, "nhs-login-42", StoreRole.Patient, "pat@example.org", NhsNumber.Parse("9434765870"), null),
            result.Identity);
    }

    [Fact]
    public void Below_P9_an_nhs_login_is_a_member_of_the_public_and_a_bad_nhs_number_is_refused()
    {
        var low = ExternalClaimsReader.Read(ExternalLoginOptions.NhsLoginScheme, Principal("oidc",
            ("sub", "s1"), ("email", "a@example.org"), ("nhs_number", "9434765870"), ("identity_proofing_level", "P5")), Roles);
        var bad = ExternalClaimsReader.Read(ExternalLoginOptions.NhsLoginScheme, Principal("oidc",
            ("sub", "s2"), ("nhs_number", "9434765871"), ("identity_proofing_level", "P9")), Roles);

        Assert.Equal((StoreRole.Public, (NhsNumber?)null), (low.Identity!.Role, low.Identity.NhsNumber));
        Assert.Null(bad.Identity);
        Assert.Equal("NHS login sent an NHS number that is not valid (its check digit is wrong).", bad.Problem);
    }

    [Fact]
    public void A_cis2_user_takes_the_organisation_and_role_of_the_role_they_selected()
    {
        var result = ExternalClaimsReader.Read(ExternalLoginOptions.Cis2Scheme, Principal("oidc",
            ("sub", "sub-1"), ("uid", "555021935107"), ("email", "dr@nhs.net"), ("selected_roleid", "555021936100"),
            ("nhsid_nrbac_roles", Role("555021935100", "RTH", "S9999:G9999:R9999")),
            ("nhsid_nrbac_roles", Role("555021936100", "RXH", "S8000:G8000:R8000"))), Roles);

        Assert.Equal(
            new ExternalIdentity(ExternalLoginOptions.Cis2Scheme, "555021935107", StoreRole.Clinician, "dr@nhs.net", null, OdsCode.Parse("RXH")),
            result.Identity);
    }

    [Fact]
    public void A_cis2_user_with_one_role_needs_no_selection_and_several_roles_or_an_unmapped_role_are_refused()
    {
        var single = ExternalClaimsReader.Read(ExternalLoginOptions.Cis2Scheme, Principal("oidc",
            ("uid", "u1"), ("nhsid_nrbac_roles", $"[{Role("r1", "RTH", "S9999:G9999:R9999")}]")), Roles);
        var unselected = ExternalClaimsReader.Read(ExternalLoginOptions.Cis2Scheme, Principal("oidc",
            ("uid", "u2"), ("nhsid_nrbac_roles", Role("r1", "RTH", "S8000:G8000:R8000")), ("nhsid_nrbac_roles", Role("r2", "RXH", "S8000:G8000:R8001"))), Roles);
        var unmapped = ExternalClaimsReader.Read(ExternalLoginOptions.Cis2Scheme, Principal("oidc",
            ("uid", "u3"), ("nhsid_nrbac_roles", Role("r1", "RTH", "S0080:G0450:R5080"))), Roles);

        Assert.Equal((StoreRole.ProviderAnalyst, OdsCode.Parse("RTH")), (single.Identity!.Role, single.Identity.Organisation!));
        Assert.Equal("Choose the role you are working in when you sign in with your NHS smartcard.", unselected.Problem);
        Assert.Equal("Your role R5080 does not give access to CareForAll.", unmapped.Problem);
    }
}
