using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using CareForAll.Core;

namespace CareForAll.Data.Ingestion;

/// <summary>
/// Pseudonymous lake <c>patient_id</c>s for records that carry an NHS number or a FHIR resource id instead: the first
/// eight bytes of SHA-256 over <c>nhs-number:</c> and the ten digits (or <c>fhir-patient:</c> and the id), read big-endian
/// with the top bit cleared, so the id is positive, the same in every load, and does not reveal the number.
/// </summary>
public static class PatientKey
{
    /// <summary>The patient id for an NHS number.</summary>
    public static long FromNhsNumber(NhsNumber number) => Hash("nhs-number:" + number.Digits);

    /// <summary>The patient id for a FHIR Patient resource id without an NHS number.</summary>
    public static long FromResourceId(string id) => Hash("fhir-patient:" + id);

    /// <summary>
    /// The synthetic NHS number the exporter gives generated patient <paramref name="patientId"/>: nine digits
    /// 10 × id + k, with k the first of 0–9 that gives a valid check digit (one always does, since the last of the
    /// nine digits carries weight 2 and 2k covers ten residues mod 11). Ids above 89,999,999 do not fit.
    /// </summary>
    public static NhsNumber SyntheticNhsNumber(long patientId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(patientId);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(patientId, 89_999_999);
        for (var k = 0; k < 10; k++)
        {
            if (NhsNumber.TryCreateFromNineDigits((int)(100_000_000 + (patientId * 10) + k), out var number))
            {
                return number;
            }
        }

        throw new InvalidOperationException("no check digit fits");
    }

    private static long Hash(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return (long)(BinaryPrimitives.ReadUInt64BigEndian(hash) & long.MaxValue);
    }
}
