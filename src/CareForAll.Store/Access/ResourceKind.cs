namespace CareForAll.Store.Access;

/// <summary>The kinds of thing <see cref="AccessPolicy"/> rules on.</summary>
public enum ResourceKind
{
    /// <summary>Patient-identifiable data: a care plan, a personal health budget, the lake record.</summary>
    PatientRecord,

    /// <summary>An organisation's unpublished aggregate results and the text it writes (Quality Account).</summary>
    OrganisationAggregate,

    /// <summary>Published, disclosure-controlled results: open to everyone.</summary>
    PublishedResult,

    /// <summary>The whole audit log.</summary>
    AuditLog,

    /// <summary>The audit entries about one patient's record: "who looked at my record".</summary>
    RecordAccessHistory,

    /// <summary>A patient's own answers about their health (PROMs questionnaires): the patient's account, in their words.</summary>
    PatientQuestionnaire,
    /// <summary>
    /// An organisation's secured results: every figure of the measure run, small counts included (the published
    /// copy withholds them). Every read is audited.
    /// </summary>
    SecuredResult,
}
