namespace CareForAll.Store.Organisations;

/// <summary>One fact that a patient is registered with or treated by an organisation.</summary>
public sealed class CareRelationship
{
    /// <summary>The patient's lake <c>patient_id</c>.</summary>
    public long PatientId { get; init; }

    /// <summary>The ODS code of the organisation.</summary>
    public required string OrganisationCode { get; init; }

    /// <summary>Registered with, or treated by.</summary>
    public CareRelationshipKind Kind { get; init; }
}
