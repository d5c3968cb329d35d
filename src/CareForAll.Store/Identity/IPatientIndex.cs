using CareForAll.Core;

namespace CareForAll.Store.Identity;

/// <summary>Finds a patient's record by NHS number. The web answers from the lake; the store itself holds no NHS numbers.</summary>
public interface IPatientIndex
{
    /// <summary>The lake <c>patient_id</c> of the person with <paramref name="nhsNumber"/>, or null when there is none.</summary>
    Task<long?> FindPatientIdAsync(NhsNumber nhsNumber, CancellationToken cancellationToken = default);
}
