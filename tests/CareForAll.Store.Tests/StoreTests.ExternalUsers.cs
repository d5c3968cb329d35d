using System.Security.Claims;
using CareForAll.Core;
using CareForAll.Store.Access;
using CareForAll.Store.Identity;
using CareForAll.Store.Tests.Backends;
using Microsoft.AspNetCore.Identity;

namespace CareForAll.Store.Tests;

/// <summary>An NHS login or CIS2 callback's claims, through the reader and the linker, to the user who is signed in.</summary>
public abstract partial class StoreTests
{
    [Fact]
    public async Task An_nhs_login_callback_becomes_a_patient_user_tied_to_their_record_who_sees_only_it()
    {
        await using var store = await OpenAsync();
        await using var scope = store.Scope();
        await scope.Get<StoreSeed>().EnsureRolesAsync();
        var claims = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim("sub", "nhs-login-42"), new Claim("email", "pat@example.org"), new Claim("nhs_number", Subjects.OwnPatientNhsNumber.Digits), new Claim("identity_proofing_level", "P9")],
            "oidc"));

        var identity = ExternalClaimsReader.Read(ExternalLoginOptions.NhsLoginScheme, claims, new ExternalLoginOptions().Cis2Roles.AsReadOnly()).Identity!;
        var first = await scope.Get<ExternalUserLinker>().LinkAsync(identity);
        var again = await scope.Get<ExternalUserLinker>().LinkAsync(identity);
        var principal = await scope.Get<IUserClaimsPrincipalFactory<StoreUser>>().CreateAsync(first.User!);
        var subject = AccessSubject.FromPrincipal(principal);

        Assert.Equal(first.User!.Id, again.User!.Id);
        Assert.Equal((StoreRole.Patient, (long?)Subjects.OwnPatient, "pat@example.org"), (subject.Role, subject.PatientId, subject.UserName));
        Assert.True(AccessPolicy.Decide(subject, AccessAction.Read, AccessResource.PatientRecord(Subjects.OwnPatient), RelationshipFacts.None).Allowed);
        Assert.False(AccessPolicy.Decide(subject, AccessAction.Read, AccessResource.PatientRecord(Subjects.OtherPatient), RelationshipFacts.None).Allowed);
    }

    [Fact]
    public async Task A_cis2_callback_becomes_a_clinician_of_the_selected_organisation_and_follows_a_change_of_role()
    {
        await using var store = await OpenAsync();
        await using var scope = store.Scope();
        await scope.Get<StoreSeed>().EnsureRolesAsync();
        var roles = new Dictionary<string, StoreRole>(new ExternalLoginOptions().Cis2Roles) { ["R9999"] = StoreRole.ProviderAnalyst };
        static ClaimsPrincipal Cis2(string org, string code) => new(new ClaimsIdentity(
            [new Claim("uid", "555021935107"), new Claim("email", "dr@nhs.net"),
             new Claim("nhsid_nrbac_roles", $$"""{"person_roleid":"r1","org_code":"{{org}}","role_code":"S1:G1:{{code}}"}""")],
            "oidc"));
        var linker = scope.Get<ExternalUserLinker>();
        var users = scope.Get<UserManager<StoreUser>>();

        var clinician = await linker.LinkAsync(ExternalClaimsReader.Read(ExternalLoginOptions.Cis2Scheme, Cis2("RXH", "R8000"), roles).Identity!);
        var asClinician = (clinician.User!.OrganisationCode, string.Join(",", await users.GetRolesAsync(clinician.User)));
        var analyst = await linker.LinkAsync(ExternalClaimsReader.Read(ExternalLoginOptions.Cis2Scheme, Cis2("RTH", "R9999"), roles).Identity!);

        Assert.Equal(("RXH", "clinician"), asClinician);
        Assert.Equal(clinician.User.Id, analyst.User!.Id);
        Assert.Equal(("RTH", "provider-analyst"), (analyst.User.OrganisationCode, string.Join(",", await users.GetRolesAsync(analyst.User))));
        Assert.Equal([(ExternalLoginOptions.Cis2Scheme, "555021935107")], (await users.GetLoginsAsync(analyst.User)).Select(l => (l.LoginProvider, l.ProviderKey)));
    }

    [Fact]
    public async Task A_patient_unknown_to_the_lake_or_an_email_taken_by_another_account_is_refused()
    {
        await using var store = await OpenAsync();
        await using var scope = store.Scope();
        await scope.Get<StoreSeed>().SeedDemoAsync();
        var linker = scope.Get<ExternalUserLinker>();
        var stranger = new ExternalIdentity(ExternalLoginOptions.NhsLoginScheme, "s1", StoreRole.Patient, "x@example.org", NhsNumber.Parse("4010232137"), null);
        var taken = new ExternalIdentity(ExternalLoginOptions.NhsLoginScheme, "s2", StoreRole.Public, "public@demo.careforall", null, null);

        Assert.Equal("We have no record for your NHS number.", (await linker.LinkAsync(stranger)).Problem);
        Assert.Equal("Another CareForAll account already uses your email address.", (await linker.LinkAsync(taken)).Problem);
    }
}
