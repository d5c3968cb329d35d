namespace CareForAll.Store.Identity;

/// <summary>
/// What a signed-in person is to CareForAll. Each user has exactly one role; its Identity role name is
/// <see cref="StoreRoles.Name"/> (<c>public</c>, <c>patient</c>, <c>clinician</c>, <c>provider-analyst</c>,
/// <c>commissioner</c>, <c>regulator</c>, <c>administrator</c>).
/// </summary>
public enum StoreRole
{
    /// <summary>A member of the public: published results only.</summary>
    Public,

    /// <summary>A patient: their own record and who has looked at it.</summary>
    Patient,

    /// <summary>A clinician: records of patients registered with or treated by their organisation.</summary>
    Clinician,

    /// <summary>An analyst at a provider: their organisation's aggregate results and Quality Account text.</summary>
    ProviderAnalyst,

    /// <summary>A commissioner: aggregate results of the providers they commission.</summary>
    Commissioner,

    /// <summary>A regulator: every organisation's aggregate results.</summary>
    Regulator,

    /// <summary>An administrator: the audit log.</summary>
    Administrator,
}
