using Microsoft.AspNetCore.Authorization;

namespace CareForAll.Store.Access;

/// <summary>
/// The named ASP.NET Core authorisation policies, one per action and resource kind, all decided by
/// <see cref="AccessPolicy"/> through <see cref="AccessRequirementHandler"/>. Use them as
/// <c>[Authorize(Policy = AccessPolicies.ReadPatientRecord)]</c> or
/// <c>authorization.AuthorizeAsync(User, AccessResource.PatientRecord(id), AccessPolicies.ReadPatientRecord)</c>.
/// </summary>
public static class AccessPolicies
{
    /// <summary>Read a patient's record, for direct care.</summary>
    public const string ReadPatientRecord = "careforall:PatientRecord:Read";

    /// <summary>Change a patient's record, for direct care.</summary>
    public const string ChangePatientRecord = "careforall:PatientRecord:Change";

    /// <summary>Read an organisation's unpublished aggregate results.</summary>
    public const string ReadOrganisationAggregate = "careforall:OrganisationAggregate:Read";

    /// <summary>Change an organisation's results or text (Quality Account).</summary>
    public const string ChangeOrganisationAggregate = "careforall:OrganisationAggregate:Change";

    /// <summary>Read published results.</summary>
    public const string ReadPublishedResult = "careforall:PublishedResult:Read";

    /// <summary>Read an organisation's secured (unsuppressed) results.</summary>
    public const string ReadSecuredResult = "careforall:SecuredResult:Read";

    /// <summary>Read the audit log.</summary>
    public const string ReadAuditLog = "careforall:AuditLog:Read";

    /// <summary>Read who looked at a patient's record.</summary>
    public const string ReadRecordAccessHistory = "careforall:RecordAccessHistory:Read";

    /// <summary>Every policy with its requirement.</summary>
    public static IReadOnlyDictionary<string, AccessRequirement> All { get; } = new Dictionary<string, AccessRequirement>
    {
        [ReadPatientRecord] = new(AccessAction.Read, ResourceKind.PatientRecord, "direct care"),
        [ChangePatientRecord] = new(AccessAction.Change, ResourceKind.PatientRecord, "direct care"),
        [ReadOrganisationAggregate] = new(AccessAction.Read, ResourceKind.OrganisationAggregate, "quality improvement"),
        [ChangeOrganisationAggregate] = new(AccessAction.Change, ResourceKind.OrganisationAggregate, "quality reporting"),
        [ReadPublishedResult] = new(AccessAction.Read, ResourceKind.PublishedResult, "public information"),
        [ReadSecuredResult] = new(AccessAction.Read, ResourceKind.SecuredResult, "quality monitoring"),
        [ReadAuditLog] = new(AccessAction.Read, ResourceKind.AuditLog, "audit review"),
        [ReadRecordAccessHistory] = new(AccessAction.Read, ResourceKind.RecordAccessHistory, "see who looked at the record"),
    };

    /// <summary>Adds every policy to <paramref name="options"/>.</summary>
    public static void AddTo(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (name, requirement) in All)
        {
            options.AddPolicy(name, policy => policy.AddRequirements(requirement));
        }
    }
}
