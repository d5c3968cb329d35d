namespace CareForAll.Web.Account;

/// <summary>A hospital spell: when, where, how the patient came in and the main diagnosis (ICD-10).</summary>
public sealed record RecordedAdmission(DateOnly AdmittedOn, DateOnly DischargedOn, string ProviderCode, string AdmissionType, string PrimaryDiagnosis);
