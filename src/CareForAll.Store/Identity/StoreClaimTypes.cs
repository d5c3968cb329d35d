namespace CareForAll.Store.Identity;

/// <summary>The claims CareForAll adds to a signed-in user's principal, beside the Identity name, id and role.</summary>
public static class StoreClaimTypes
{
    /// <summary>The ODS code of the user's organisation.</summary>
    public const string Organisation = "careforall:organisation";

    /// <summary>For a patient, their patient id in the lake (<c>patient.patient_id</c>).</summary>
    public const string PatientId = "careforall:patient_id";
}
