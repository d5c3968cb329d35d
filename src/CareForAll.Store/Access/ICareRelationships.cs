using CareForAll.Core;

namespace CareForAll.Store.Access;

/// <summary>
/// Whether a patient is in the care of an organisation. The web implements it over the lake (GP registrations,
/// spells, referrals); <see cref="StoreCareRelationships"/> answers from the store's own table.
/// </summary>
public interface ICareRelationships
{
    /// <summary>True when <paramref name="patientId"/> is registered with or treated by <paramref name="organisation"/>.</summary>
    Task<bool> IsRegisteredOrTreatedAsync(long patientId, OdsCode organisation, CancellationToken cancellationToken = default);
}
