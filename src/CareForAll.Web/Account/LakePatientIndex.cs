using CareForAll.Core;
using CareForAll.Data.Ingestion;
using CareForAll.Store.Identity;

namespace CareForAll.Web.Account;

/// <summary>
/// Finds a patient in the lake by NHS number: the pseudonymous id an ingested record gets from it
/// (<see cref="PatientKey.FromNhsNumber"/>), or the generated patient whose synthetic NHS number it is
/// (<see cref="PatientKey.SyntheticNhsNumber"/>).
/// </summary>
public sealed class LakePatientIndex(PatientLake lake) : IPatientIndex
{
    public Task<long?> FindPatientIdAsync(NhsNumber nhsNumber, CancellationToken cancellationToken = default)
    {
        var generated = (long.Parse(nhsNumber.Digits[..9], System.Globalization.CultureInfo.InvariantCulture) - 100_000_000) / 10;
        long?[] candidates =
        [
            PatientKey.FromNhsNumber(nhsNumber),
            generated is >= 0 and <= 89_999_999 && PatientKey.SyntheticNhsNumber(generated) == nhsNumber ? generated : null,
        ];
        return Task.FromResult(candidates.FirstOrDefault(id => id is { } patient && lake.Exists(patient)));
    }
}
