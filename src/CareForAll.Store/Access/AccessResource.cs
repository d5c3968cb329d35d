using CareForAll.Core;

namespace CareForAll.Store.Access;

/// <summary>
/// What is asked for: its kind, the patient it is about (patient records and access histories) and the organisation
/// it belongs to (aggregates), plus an optional id for the audit log (e.g. <c>care-plan/42</c>).
/// </summary>
/// <remarks>Made only through the factories, which require what each kind needs. Immutable.</remarks>
public sealed record AccessResource
{
    private AccessResource(ResourceKind kind, long? patientId, OdsCode? organisation, string? id)
    {
        Kind = kind;
        PatientId = patientId;
        Organisation = organisation;
        Id = id;
    }

    /// <summary>Published results, open to everyone.</summary>
    public static AccessResource PublishedResult { get; } = new(ResourceKind.PublishedResult, null, null, null);

    /// <summary>The whole audit log.</summary>
    public static AccessResource AuditLog { get; } = new(ResourceKind.AuditLog, null, null, null);

    /// <summary>The kind of resource.</summary>
    public ResourceKind Kind { get; }

    /// <summary>The patient the resource identifies, for patient records and access histories.</summary>
    public long? PatientId { get; }

    /// <summary>The organisation the resource belongs to, for organisation aggregates and secured results.</summary>
    public OdsCode? Organisation { get; }

    /// <summary>Which record, for the audit log; optional.</summary>
    public string? Id { get; }

    /// <summary>Patient-identifiable data about <paramref name="patientId"/>.</summary>
    public static AccessResource PatientRecord(long patientId, string? id = null) =>
        new(ResourceKind.PatientRecord, patientId, null, id);

    /// <summary>Unpublished aggregate results or text of <paramref name="organisation"/>.</summary>
    public static AccessResource OrganisationAggregate(OdsCode organisation, string? id = null) =>
        new(ResourceKind.OrganisationAggregate, null, organisation ?? throw new ArgumentNullException(nameof(organisation)), id);

    /// <summary>Questionnaire answers that <paramref name="patientId"/> gives about their own health.</summary>
    public static AccessResource PatientQuestionnaire(long patientId, string? id = null) =>
        new(ResourceKind.PatientQuestionnaire, patientId, null, id);
    /// <summary>The secured (unsuppressed) results of <paramref name="organisation"/>; <paramref name="id"/> says which, for the audit log.</summary>
    public static AccessResource SecuredResult(OdsCode organisation, string? id = null) =>
        new(ResourceKind.SecuredResult, null, organisation ?? throw new ArgumentNullException(nameof(organisation)), id);

    /// <summary>Who has looked at the record of <paramref name="patientId"/>.</summary>
    public static AccessResource RecordAccessHistory(long patientId) =>
        new(ResourceKind.RecordAccessHistory, patientId, null, null);
}
