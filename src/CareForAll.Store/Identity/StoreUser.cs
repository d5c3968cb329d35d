using Microsoft.AspNetCore.Identity;

namespace CareForAll.Store.Identity;

/// <summary>
/// A CareForAll account: an Identity user who is a member of one organisation (ODS code) and, for a patient, is
/// linked to their patient record in the lake.
/// </summary>
public class StoreUser : IdentityUser
{
    /// <summary>The ODS code of the organisation the user belongs to; null only for members of the public.</summary>
    public string? OrganisationCode { get; set; }

    /// <summary>For a patient user, their <c>patient_id</c> in the lake; null for everyone else.</summary>
    public long? PatientId { get; set; }
}
