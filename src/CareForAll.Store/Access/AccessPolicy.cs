using CareForAll.Store.Identity;

namespace CareForAll.Store.Access;

/// <summary>
/// Every access rule of CareForAll in one place: who may read or change which kind of resource.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Published results: everyone reads them (nobody edits them here).</item>
/// <item>Patient records: the patient themself, and clinicians of an organisation the patient is registered with
/// or treated by. Nobody outside a care relationship sees patient-identifiable data.</item>
/// <item>Organisation aggregates: analysts read and change their own organisation's; commissioners read their
/// own and those of the providers they commission; regulators read all.</item>
/// <item>Secured results (every figure, small counts included): analysts read their own organisation's and its
/// sites'; commissioners their own and those of the providers they commission; regulators all; nobody else, and
/// nobody changes them (the measure run writes them).</item>
/// <item>Audit log: administrators read it; nobody changes it (it is append-only).</item>
/// <item>Patient questionnaires (PROMs answers): only the patient themself reads and answers them here; nobody
/// answers for them. Their scores reach clinicians and the public through the lake and the measures.</item>
/// <item>Record access history ("who looked at my record"): the patient themself and administrators.</item>
/// </list>
/// <see cref="Decide(AccessSubject, AccessAction, AccessResource, RelationshipFacts)"/> is a pure function of its
/// arguments; <see cref="DecideAsync"/> first asks <see cref="ICareRelationships"/> and
/// <see cref="IOrganisationHierarchy"/> for the facts it needs. The policy does not write the audit log:
/// <see cref="AccessGuard"/> does.
/// </remarks>
public sealed class AccessPolicy(ICareRelationships careRelationships, IOrganisationHierarchy organisations)
{
    /// <summary>Looks up the relationships the rules need (only those), then decides.</summary>
    public async Task<AccessDecision> DecideAsync(AccessSubject user, AccessAction action, AccessResource resource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(resource);
        var inCare = user.Role == StoreRole.Clinician && resource.Kind == ResourceKind.PatientRecord
            && await careRelationships.IsRegisteredOrTreatedAsync(resource.PatientId!.Value, user.Organisation!, cancellationToken);
        // a user's own organisation needs no look-up in the hierarchy
        var other = user.Organisation is not null && user.Organisation != resource.Organisation;
        var aggregate = resource.Kind is ResourceKind.OrganisationAggregate or ResourceKind.SecuredResult;
        var commissions = user.Role == StoreRole.Commissioner && aggregate && other
            && await organisations.CommissionsAsync(user.Organisation!, resource.Organisation!, cancellationToken);
        var partOf = user.Role == StoreRole.ProviderAnalyst && resource.Kind == ResourceKind.SecuredResult && other
            && await organisations.IsPartOfAsync(user.Organisation!, resource.Organisation!, cancellationToken);
        return Decide(user, action, resource, new RelationshipFacts(inCare, commissions, partOf));
    }

    /// <summary>The decision for <paramref name="user"/> doing <paramref name="action"/> to <paramref name="resource"/>, given the facts.</summary>
    public static AccessDecision Decide(AccessSubject user, AccessAction action, AccessResource resource, RelationshipFacts facts)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(resource);
        return resource.Kind switch
        {
            ResourceKind.PublishedResult => action == AccessAction.Read
                ? AccessDecision.Allow("published results are open to everyone")
                : AccessDecision.Deny("published results are produced by the publishing run, not edited"),
            ResourceKind.PatientRecord => PatientRecord(user, resource, facts),
            ResourceKind.OrganisationAggregate => OrganisationAggregate(user, action, resource, facts),
            ResourceKind.AuditLog => action != AccessAction.Read
                ? AccessDecision.Deny("the audit log is append-only")
                : user.Role == StoreRole.Administrator
                    ? AccessDecision.Allow("administrators review the audit log")
                    : AccessDecision.Deny($"only administrators read the audit log, not {RoleName(user)} users"),
            ResourceKind.RecordAccessHistory => RecordAccessHistory(user, action, resource),
            ResourceKind.PatientQuestionnaire => user.Role == StoreRole.Patient && user.PatientId == resource.PatientId
                ? AccessDecision.Allow("the patient's own questionnaires")
                : AccessDecision.Deny("only the patient themself reads and answers their questionnaires"),
            ResourceKind.SecuredResult => action == AccessAction.Read
                ? SecuredResult(user, resource, facts)
                : AccessDecision.Deny("secured results are produced by the measure run, not edited"),
            _ => AccessDecision.Deny($"unknown resource kind {resource.Kind}"),
        };
    }

    private static AccessDecision PatientRecord(AccessSubject user, AccessResource resource, RelationshipFacts facts) => user.Role switch
    {
        StoreRole.Patient when user.PatientId == resource.PatientId => AccessDecision.Allow("the patient's own record"),
        StoreRole.Patient => AccessDecision.Deny("a patient sees only their own record"),
        StoreRole.Clinician when facts.InCareRelationship =>
            AccessDecision.Allow($"patient {resource.PatientId} is registered with or treated by {user.Organisation}"),
        StoreRole.Clinician =>
            AccessDecision.Deny($"patient {resource.PatientId} is neither registered with nor treated by {user.Organisation}"),
        _ => AccessDecision.Deny($"{RoleName(user)} users have no care relationship with patients; patient-identifiable data is for the patient and their clinicians"),
    };

    private static AccessDecision OrganisationAggregate(AccessSubject user, AccessAction action, AccessResource resource, RelationshipFacts facts)
    {
        var own = user.Organisation is not null && user.Organisation == resource.Organisation;
        return (user.Role, action) switch
        {
            (StoreRole.ProviderAnalyst, _) when own => AccessDecision.Allow($"analysts work on their own organisation's results ({user.Organisation})"),
            (StoreRole.ProviderAnalyst, _) => AccessDecision.Deny($"analysts see only their own organisation's results, not {resource.Organisation}'s"),
            (StoreRole.Commissioner, AccessAction.Read) when own || facts.CommissionsResourceOrganisation =>
                AccessDecision.Allow($"{user.Organisation} commissions {resource.Organisation}"),
            (StoreRole.Commissioner, AccessAction.Read) => AccessDecision.Deny($"{user.Organisation} does not commission {resource.Organisation}"),
            (StoreRole.Regulator, AccessAction.Read) => AccessDecision.Allow("regulators see every organisation's results"),
            (StoreRole.Commissioner or StoreRole.Regulator, _) => AccessDecision.Deny("only the organisation's own analysts change its results"),
            _ => AccessDecision.Deny($"{RoleName(user)} users do not see unpublished organisation results"),
        };
    }

    /// <summary>True for the roles that may read some organisation's secured results: analysts, commissioners and regulators.</summary>
    public static bool ReadsSecuredResults(StoreRole role) =>
        role is StoreRole.ProviderAnalyst or StoreRole.Commissioner or StoreRole.Regulator;

    private static AccessDecision SecuredResult(AccessSubject user, AccessResource resource, RelationshipFacts facts)
    {
        if (!ReadsSecuredResults(user.Role))
        {
            return AccessDecision.Deny($"{RoleName(user)} users do not see secured results; the published results leave out small numbers for them");
        }

        var own = user.Organisation is not null && user.Organisation == resource.Organisation;
        return user.Role switch
        {
            StoreRole.ProviderAnalyst when own => AccessDecision.Allow($"analysts see their own organisation's secured results ({user.Organisation})"),
            StoreRole.ProviderAnalyst when facts.ResourceIsPartOfSubjectOrganisation =>
                AccessDecision.Allow($"{resource.Organisation} is part of the analyst's organisation {user.Organisation}"),
            StoreRole.ProviderAnalyst => AccessDecision.Deny($"analysts see only their own organisation's secured results, not {resource.Organisation}'s"),
            StoreRole.Commissioner when own => AccessDecision.Allow($"commissioners see their own secured results ({user.Organisation})"),
            StoreRole.Commissioner when facts.CommissionsResourceOrganisation => AccessDecision.Allow($"{user.Organisation} commissions {resource.Organisation}"),
            StoreRole.Commissioner => AccessDecision.Deny($"{user.Organisation} does not commission {resource.Organisation}"),
            StoreRole.Regulator => AccessDecision.Allow("regulators see every organisation's secured results"),
            _ => AccessDecision.Deny($"{RoleName(user)} users do not see secured results"),
        };
    }

    private static AccessDecision RecordAccessHistory(AccessSubject user, AccessAction action, AccessResource resource)
    {
        if (action != AccessAction.Read)
        {
            return AccessDecision.Deny("the audit log is append-only");
        }

        return user.Role switch
        {
            StoreRole.Patient when user.PatientId == resource.PatientId => AccessDecision.Allow("a patient sees who looked at their own record"),
            StoreRole.Administrator => AccessDecision.Allow("administrators review the audit log"),
            _ => AccessDecision.Deny("only the patient themself and administrators see who looked at a record"),
        };
    }

    private static string RoleName(AccessSubject user) => StoreRoles.Name(user.Role);
}
