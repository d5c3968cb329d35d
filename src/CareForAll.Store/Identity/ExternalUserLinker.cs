using Microsoft.AspNetCore.Identity;

namespace CareForAll.Store.Identity;

/// <summary>
/// Turns an <see cref="ExternalIdentity"/> into the <see cref="StoreUser"/> to sign in: the user already linked to
/// that provider login, or a new one. Either way the user's role, organisation and patient record are set to what
/// the provider says now (a CIS2 user may change role or organisation between sign-ins): a patient is tied to their
/// record through <see cref="IPatientIndex"/>, staff to their organisation.
/// </summary>
public sealed class ExternalUserLinker(UserManager<StoreUser> users, IPatientIndex patients)
{
    /// <summary>The user to sign in, or a sentence saying why there is none.</summary>
    public async Task<ExternalUserResult> LinkAsync(ExternalIdentity identity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        long? patientId = null;
        if (identity.Role == StoreRole.Patient)
        {
            patientId = await patients.FindPatientIdAsync(identity.NhsNumber!.Value, cancellationToken);
            if (patientId is null)
            {
                return ExternalUserResult.Refuse("We have no record for your NHS number.");
            }
        }

        var user = await users.FindByLoginAsync(identity.Provider, identity.Subject);
        if (user is null)
        {
            if (identity.Email is not { Length: > 0 } email)
            {
                return ExternalUserResult.Refuse("Your NHS account did not share an email address, which CareForAll needs.");
            }

            if (await users.FindByEmailAsync(email) is not null)
            {
                return ExternalUserResult.Refuse("Another CareForAll account already uses your email address.");
            }

            user = new StoreUser { UserName = email, Email = email, EmailConfirmed = true };
            if (await Problem(users.CreateAsync(user)) is { } createProblem)
            {
                return ExternalUserResult.Refuse(createProblem);
            }

            if (await Problem(users.AddLoginAsync(user, new UserLoginInfo(identity.Provider, identity.Subject, identity.Provider))) is { } loginProblem)
            {
                return ExternalUserResult.Refuse(loginProblem);
            }
        }

        user.OrganisationCode = identity.Organisation?.ToString();
        user.PatientId = patientId;
        if (await Problem(users.UpdateAsync(user)) is { } updateProblem)
        {
            return ExternalUserResult.Refuse(updateProblem);
        }

        var role = StoreRoles.Name(identity.Role);
        var stale = (await users.GetRolesAsync(user)).Where(r => r != role).ToList();
        if (stale.Count > 0 && await Problem(users.RemoveFromRolesAsync(user, stale)) is { } removeProblem)
        {
            return ExternalUserResult.Refuse(removeProblem);
        }

        if (!await users.IsInRoleAsync(user, role) && await Problem(users.AddToRoleAsync(user, role)) is { } addProblem)
        {
            return ExternalUserResult.Refuse(addProblem);
        }

        return new ExternalUserResult(user, null);
    }

    private static async Task<string?> Problem(Task<IdentityResult> action)
    {
        var result = await action;
        return result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Description));
    }
}
