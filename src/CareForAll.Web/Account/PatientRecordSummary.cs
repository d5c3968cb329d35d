namespace CareForAll.Web.Account;

/// <summary>What the record page shows of one patient: who they are registered with, their conditions and recent admissions.</summary>
public sealed record PatientRecordSummary(
    long PatientId,
    string Sex,
    int YearOfBirth,
    string? PracticeCode,
    IReadOnlyList<RecordedCondition> Conditions,
    IReadOnlyList<RecordedAdmission> RecentAdmissions);
