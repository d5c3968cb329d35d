using CareForAll.Core;
using CareForAll.Store.Access;
using CareForAll.Store.Identity;

namespace CareForAll.Store.Tests;

/// <summary>
/// One user per role for the access tests. The world: patient 1 is registered with practice G81001 and treated by
/// trust RXH; commissioner 09D commissions RXH and G81001; patient 2 and trust RTH are outside all of that.
/// </summary>
internal static class Subjects
{
    public const long OwnPatient = 1;
    public const long OtherPatient = 2;

    public static readonly OdsCode Trust = OdsCode.Parse("RXH");
    public static readonly OdsCode OtherTrust = OdsCode.Parse("RTH");

    /// <summary>Patient 1's NHS number (valid Modulus 11: weighted sum 308, check digit 0).</summary>
    public static readonly NhsNumber OwnPatientNhsNumber = NhsNumber.Parse("9434765870");

    public static AccessSubject For(StoreRole role) => role switch
    {
        StoreRole.Public => new AccessSubject("u-public", role),
        StoreRole.Patient => new AccessSubject("u-patient", role, OdsCode.Parse("G81001"), OwnPatient),
        StoreRole.Clinician => new AccessSubject("u-clinician", role, Trust),
        StoreRole.ProviderAnalyst => new AccessSubject("u-analyst", role, Trust),
        StoreRole.Commissioner => new AccessSubject("u-commissioner", role, OdsCode.Parse("09D")),
        StoreRole.Regulator => new AccessSubject("u-regulator", role, OdsCode.Parse("CQC")),
        StoreRole.Administrator => new AccessSubject("u-admin", role, OdsCode.Parse("X26")),
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>Knows one NHS number: patient 1's.</summary>
    public sealed class PatientIndex : IPatientIndex
    {
        public Task<long?> FindPatientIdAsync(NhsNumber nhsNumber, CancellationToken cancellationToken = default) =>
            Task.FromResult<long?>(nhsNumber == OwnPatientNhsNumber ? OwnPatient : null);
    }
}
