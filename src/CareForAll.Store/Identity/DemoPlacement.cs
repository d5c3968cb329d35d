namespace CareForAll.Store.Identity;

/// <summary>
/// Where the demo puts its example users on a real lake, so each sees something: a patient with an operation
/// whose questionnaires are due, their practice and its commissioner, and the trust that operated on them.
/// </summary>
/// <param name="PatientId">The lake patient the demo patient user signs in as.</param>
/// <param name="PracticeCode">The practice the patient is registered with.</param>
/// <param name="CommissionerCode">The practice's commissioner: the demo commissioner's organisation.</param>
/// <param name="TrustCode">The trust that treated the patient: the demo clinician's and analyst's organisation.</param>
public sealed record DemoPlacement(long PatientId, string PracticeCode, string CommissionerCode, string TrustCode);
