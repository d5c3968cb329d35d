namespace CareForAll.Web.Account;

/// <summary>What the record page shows of one patient: who they are registered with, their conditions and recent admissions.</summary>
public sealed record PatientRecordSummary(
    long PatientId,
    string Sex,
    int YearOfBirth,
    string? PracticeCode,
    IReadOnlyList<RecordedCondition> Conditions,
    IReadOnlyList<RecordedAdmission> RecentAdmissions);

/// <summary>A long-term condition on the GP register, with the date it was diagnosed.</summary>
public sealed record RecordedCondition(string Condition, DateOnly DiagnosedOn);

/// <summary>A hospital spell: when, where, how the patient came in and the main diagnosis (ICD-10).</summary>
public sealed record RecordedAdmission(DateOnly AdmittedOn, DateOnly DischargedOn, string ProviderCode, string AdmissionType, string PrimaryDiagnosis);
