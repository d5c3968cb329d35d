namespace CareForAll.Store.Access;

/// <summary>Facts about each <see cref="ResourceKind"/>.</summary>
public static class ResourceKindExtensions
{
    /// <summary>
    /// True when the resource identifies patients, so every decision about it (allowed or denied) is written
    /// to the audit log.
    /// </summary>
    public static bool IsPatientIdentifiable(this ResourceKind kind) =>
        kind is ResourceKind.PatientRecord or ResourceKind.AuditLog or ResourceKind.RecordAccessHistory or ResourceKind.PatientQuestionnaire;

    /// <summary>
    /// True when every decision about the resource is written to the audit log: patient-identifiable data, and the
    /// secured results, whose small counts could identify patients.
    /// </summary>
    public static bool IsAudited(this ResourceKind kind) => kind.IsPatientIdentifiable() || kind == ResourceKind.SecuredResult;
}
