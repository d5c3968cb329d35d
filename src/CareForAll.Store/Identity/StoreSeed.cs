using CareForAll.Store.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CareForAll.Store.Identity;

/// <summary>
/// Puts the roles (every deployment) and the demo organisations, care relationships and users (demo only) into
/// the store. Both are idempotent: anything already there is left as it is.
/// </summary>
public sealed class StoreSeed(StoreContext store, UserManager<StoreUser> users, RoleManager<IdentityRole> roles)
{
    /// <summary>The password of every demo user (documented in README.md, "Demo users"). Never use it elsewhere.</summary>
    public const string DemoPassword = "HighQualityCare2008";

    /// <summary>The demo patient's id; registered with G81001 and treated by RXH.</summary>
    public const long DemoPatientId = 1;

    /// <summary>One demo user per role.</summary>
    public static IReadOnlyList<DemoUser> DemoUsers { get; } =
    [
        new("public@demo.careforall", StoreRole.Public, null),
        new("patient@demo.careforall", StoreRole.Patient, "G81001", DemoPatientId),
        new("clinician@demo.careforall", StoreRole.Clinician, "RXH"),
        new("analyst@demo.careforall", StoreRole.ProviderAnalyst, "RXH"),
        new("commissioner@demo.careforall", StoreRole.Commissioner, "09D"),
        new("regulator@demo.careforall", StoreRole.Regulator, "CQC"),
        new("admin@demo.careforall", StoreRole.Administrator, "X26"),
    ];

    /// <summary>The demo organisations: a commissioner with a trust (and its site) and a practice, plus a second, unrelated trust.</summary>
    public static IReadOnlyList<Organisation> DemoOrganisations { get; } =
    [
        new() { Code = "09D", Name = "Demo Commissioner (Brighton and Hove)" },
        new() { Code = "RXH", Name = "Demo Hospitals NHS Trust", ParentCode = "09D" },
        new() { Code = "RXH01", Name = "Demo County Hospital", ParentCode = "RXH" },
        new() { Code = "G81001", Name = "Demo Surgery", ParentCode = "09D" },
        new() { Code = "10Q", Name = "Other Demo Commissioner" },
        new() { Code = "RTH", Name = "Other Demo Trust", ParentCode = "10Q" },
        new() { Code = "CQC", Name = "Demo Regulator" },
        new() { Code = "X26", Name = "Demo Platform Operator" },
    ];

    /// <summary>Creates any of the seven roles that are missing; returns how many it created.</summary>
    public async Task<int> EnsureRolesAsync()
    {
        var created = 0;
        foreach (var role in StoreRoles.All)
        {
            var name = StoreRoles.Name(role);
            if (!await roles.RoleExistsAsync(name))
            {
                Check(await roles.CreateAsync(new IdentityRole(name)), name);
                created++;
            }
        }

        return created;
    }

    /// <summary>Creates the roles and whichever demo organisations, relationships and users are missing; returns how many users it created.</summary>
    public async Task<int> SeedDemoAsync(CancellationToken cancellationToken = default)
    {
        await EnsureRolesAsync();
        var known = await store.Organisations.Select(o => o.Code).ToListAsync(cancellationToken);
        store.Organisations.AddRange(DemoOrganisations.Where(o => !known.Contains(o.Code)).Select(Copy));
        var relationships = new[]
        {
            new CareRelationship { PatientId = DemoPatientId, OrganisationCode = "G81001", Kind = CareRelationshipKind.Registered },
            new CareRelationship { PatientId = DemoPatientId, OrganisationCode = "RXH", Kind = CareRelationshipKind.Treated },
        };
        foreach (var relationship in relationships)
        {
            if (!await store.CareRelationships.AnyAsync(
                r => r.PatientId == relationship.PatientId && r.OrganisationCode == relationship.OrganisationCode && r.Kind == relationship.Kind,
                cancellationToken))
            {
                store.CareRelationships.Add(relationship);
            }
        }

        await store.SaveChangesAsync(cancellationToken);
        store.ChangeTracker.Clear();

        var created = 0;
        foreach (var demo in DemoUsers)
        {
            if (await users.FindByNameAsync(demo.Email) is not null)
            {
                continue;
            }

            var user = new StoreUser
            {
                UserName = demo.Email,
                Email = demo.Email,
                EmailConfirmed = true,
                OrganisationCode = demo.OrganisationCode,
                PatientId = demo.PatientId,
            };
            Check(await users.CreateAsync(user, DemoPassword), demo.Email);
            Check(await users.AddToRoleAsync(user, StoreRoles.Name(demo.Role)), demo.Email);
            created++;
        }

        return created;
    }

    /// <summary>
    /// Moves the demo patient, clinician, analyst and commissioner onto <paramref name="placement"/> (organisations
    /// and a patient of a generated lake); returns how many users changed. Run after <see cref="SeedDemoAsync"/>.
    /// </summary>
    public async Task<int> PlaceDemoUsersAsync(DemoPlacement placement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(placement);
        var places = new (string Email, string Organisation, long? PatientId)[]
        {
            ("patient@demo.careforall", placement.PracticeCode, placement.PatientId),
            ("clinician@demo.careforall", placement.TrustCode, null),
            ("analyst@demo.careforall", placement.TrustCode, null),
            ("commissioner@demo.careforall", placement.CommissionerCode, null),
        };
        var changed = 0;
        foreach (var (email, organisation, patientId) in places)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var user = await users.FindByNameAsync(email) ?? throw new InvalidOperationException($"Seed the demo users before placing {email}.");
            if (user.OrganisationCode == organisation && user.PatientId == patientId)
            {
                continue;
            }

            (user.OrganisationCode, user.PatientId) = (organisation, patientId);
            Check(await users.UpdateAsync(user), email);
            changed++;
        }

        return changed;
    }

    private static Organisation Copy(Organisation o) => new() { Code = o.Code, Name = o.Name, ParentCode = o.ParentCode };

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {what} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
