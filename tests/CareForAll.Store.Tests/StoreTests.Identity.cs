using System.Security.Claims;
using CareForAll.Store.Access;
using CareForAll.Store.Identity;
using CareForAll.Store.Tests.Backends;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareForAll.Store.Tests;

/// <summary>Identity: password rules, lockout, demo seeding, claims and the authorisation policies.</summary>
public abstract partial class StoreTests
{
    private const string GoodPassword = "correct horse battery";

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountForFifteenMinutes()
    {
        await using var store = await OpenAsync();
        await using var scope = store.Scope();
        var user = new StoreUser { UserName = "nurse@example.nhs.uk", Email = "nurse@example.nhs.uk", OrganisationCode = "RXH" };
        Assert.True((await scope.Get<UserManager<StoreUser>>().CreateAsync(user, GoodPassword)).Succeeded);
        var check = scope.Get<PasswordCheck>();

        var failures = new List<PasswordCheckOutcome>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            failures.Add((await check.CheckAsync(user.UserName, "wrong password " + attempt)).Outcome);
        }

        var lockedAt = DateTimeOffset.UtcNow;
        var lockedOut = await check.CheckAsync(user.UserName, GoodPassword);
        store.Time.SetUtcNow(lockedOut.LockedUntil!.Value.AddMinutes(-1));
        var stillLocked = await check.CheckAsync(user.UserName, GoodPassword);
        store.Time.SetUtcNow(lockedOut.LockedUntil.Value.AddSeconds(1));
        var unlocked = await check.CheckAsync(user.UserName, GoodPassword);

        Assert.Equal([.. Enumerable.Repeat(PasswordCheckOutcome.Failed, 4), PasswordCheckOutcome.LockedOut], failures);
        Assert.Equal(PasswordCheckOutcome.LockedOut, lockedOut.Outcome);
        Assert.InRange(lockedOut.LockedUntil.Value - lockedAt, TimeSpan.FromMinutes(14.9), TimeSpan.FromMinutes(15));
        Assert.Equal(PasswordCheckOutcome.LockedOut, stillLocked.Outcome);
        Assert.Equal(PasswordCheckOutcome.Succeeded, unlocked.Outcome);
        Assert.Equal(user.Id, unlocked.User!.Id);
    }

    [Fact]
    public async Task PasswordsShorterThanTwelveCharactersAreRefused()
    {
        await using var store = await OpenAsync();
        await using var scope = store.Scope();
        var users = scope.Get<UserManager<StoreUser>>();

        var tooShort = await users.CreateAsync(new StoreUser { UserName = "a@example.org", Email = "a@example.org" }, "elevenchars");
        var longEnough = await users.CreateAsync(new StoreUser { UserName = "b@example.org", Email = "b@example.org" }, "twelve chars");

        Assert.Equal(["PasswordTooShort"], tooShort.Errors.Select(e => e.Code));
        Assert.True(longEnough.Succeeded);
    }

    [Fact]
    public async Task DemoSeedingCreatesOneUserPerRoleOnceAndTheyCanSignIn()
    {
        await using var store = await OpenAsync();
        await using var scope = store.Scope();
        var seed = scope.Get<StoreSeed>();

        var first = await seed.SeedDemoAsync();
        var second = await seed.SeedDemoAsync();

        Assert.Equal(7, first);
        Assert.Equal(0, second);
        var users = scope.Get<UserManager<StoreUser>>();
        foreach (var demo in StoreSeed.DemoUsers)
        {
            var user = await users.FindByEmailAsync(demo.Email);
            Assert.NotNull(user);
            Assert.Equal([StoreRoles.Name(demo.Role)], await users.GetRolesAsync(user));
            Assert.Equal((demo.OrganisationCode, demo.PatientId), (user.OrganisationCode, user.PatientId));
        }

        Assert.Equal(PasswordCheckOutcome.Succeeded, (await scope.Get<PasswordCheck>().CheckAsync("patient@demo.careforall", StoreSeed.DemoPassword)).Outcome);
        await using var db = store.Context();
        Assert.Equal((7, 7, 8, 2), (await db.Users.CountAsync(), await db.Roles.CountAsync(), await db.Organisations.CountAsync(), await db.CareRelationships.CountAsync()));
    }

    [Fact]
    public async Task TheDemoPlacesItsUsersOnTheLake_AndPlacingTwiceChangesNothing()
    {
        await using var store = await OpenAsync();
        await using var scope = store.Scope();
        var seed = scope.Get<StoreSeed>();
        await seed.SeedDemoAsync();
        var placement = new DemoPlacement(4242, "A81001", "5QT", "RX1");

        var first = await seed.PlaceDemoUsersAsync(placement);
        var second = await seed.PlaceDemoUsersAsync(placement);

        Assert.Equal((4, 0), (first, second));
        var users = scope.Get<UserManager<StoreUser>>();
        async Task<(string?, long?)> Place(string email)
        {
            var user = await users.FindByEmailAsync(email);
            return (user!.OrganisationCode, user.PatientId);
        }

        Assert.Equal(("A81001", 4242L), await Place("patient@demo.careforall"));
        Assert.Equal(("RX1", (long?)null), await Place("clinician@demo.careforall"));
        Assert.Equal(("RX1", (long?)null), await Place("analyst@demo.careforall"));
        Assert.Equal(("5QT", (long?)null), await Place("commissioner@demo.careforall"));
        Assert.Equal(("CQC", (long?)null), await Place("regulator@demo.careforall"));
    }

    [Fact]
    public async Task NamedPoliciesDecideForSignedInDemoUsersAndAuditPatientData()
    {
        await using var store = await OpenAsync();
        await using (var seeding = store.Scope())
        {
            await seeding.Get<StoreSeed>().SeedDemoAsync();
        }

        await using var scope = store.Scope();
        var authorization = scope.Get<IAuthorizationService>();
        var patient = await PrincipalAsync(scope, "patient@demo.careforall");
        var clinician = await PrincipalAsync(scope, "clinician@demo.careforall");
        var analyst = await PrincipalAsync(scope, "analyst@demo.careforall");
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());

        async Task<bool> Allowed(ClaimsPrincipal who, object? resource, string policy) =>
            (await authorization.AuthorizeAsync(who, resource, policy)).Succeeded;

        Assert.True(await Allowed(patient, AccessResource.PatientRecord(1), AccessPolicies.ReadPatientRecord));
        Assert.False(await Allowed(patient, AccessResource.PatientRecord(2), AccessPolicies.ReadPatientRecord));
        Assert.True(await Allowed(clinician, AccessResource.PatientRecord(1), AccessPolicies.ChangePatientRecord));
        Assert.False(await Allowed(clinician, AccessResource.PatientRecord(2), AccessPolicies.ReadPatientRecord));
        Assert.False(await Allowed(clinician, null, AccessPolicies.ReadPatientRecord));
        Assert.True(await Allowed(analyst, AccessResource.OrganisationAggregate(Subjects.Trust), AccessPolicies.ChangeOrganisationAggregate));
        Assert.False(await Allowed(analyst, AccessResource.OrganisationAggregate(Subjects.OtherTrust), AccessPolicies.ReadOrganisationAggregate));
        Assert.True(await Allowed(anonymous, null, AccessPolicies.ReadPublishedResult));
        Assert.False(await Allowed(anonymous, null, AccessPolicies.ReadAuditLog));

        await using var db = store.Context();
        var audited = await db.AuditLog.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.UserName, e.PatientId, e.Allowed, e.Purpose }).ToListAsync();
        Assert.Equal(
            [("patient@demo.careforall", 1L, true), ("patient@demo.careforall", 2L, false), ("clinician@demo.careforall", 1L, true),
             ("clinician@demo.careforall", 2L, false), ("anonymous", 0L, false)],
            audited.Select(e => (e.UserName!, e.PatientId ?? 0, e.Allowed)));
        Assert.Equal("direct care", audited[0].Purpose);
    }

    private static async Task<ClaimsPrincipal> PrincipalAsync(AsyncServiceScope scope, string email)
    {
        var user = await scope.Get<UserManager<StoreUser>>().FindByEmailAsync(email);
        return await scope.Get<IUserClaimsPrincipalFactory<StoreUser>>().CreateAsync(user!);
    }
}
