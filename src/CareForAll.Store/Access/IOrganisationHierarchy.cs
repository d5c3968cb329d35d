using CareForAll.Core;

namespace CareForAll.Store.Access;

/// <summary>
/// Which organisations a commissioner commissions. The web implements it over the lake's organisation table;
/// <see cref="StoreOrganisationHierarchy"/> answers from the store's own table.
/// </summary>
public interface IOrganisationHierarchy
{
    /// <summary>True when <paramref name="commissioner"/> commissions <paramref name="provider"/>, directly or through a parent.</summary>
    Task<bool> CommissionsAsync(OdsCode commissioner, OdsCode provider, CancellationToken cancellationToken = default);
}
