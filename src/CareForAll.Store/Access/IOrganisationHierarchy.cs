using CareForAll.Core;

namespace CareForAll.Store.Access;

/// <summary>
/// Which organisations a commissioner commissions, and which are part of another (a trust's sites). The web
/// implements it over the lake's organisation table; <see cref="StoreOrganisationHierarchy"/> answers from the
/// store's own table.
/// </summary>
public interface IOrganisationHierarchy
{
    /// <summary>True when <paramref name="commissioner"/> commissions <paramref name="provider"/>, directly or through a parent.</summary>
    Task<bool> CommissionsAsync(OdsCode commissioner, OdsCode provider, CancellationToken cancellationToken = default);

    /// <summary>True when <paramref name="part"/> lies under <paramref name="whole"/> (a site of a trust), not when they are the same.</summary>
    Task<bool> IsPartOfAsync(OdsCode whole, OdsCode part, CancellationToken cancellationToken = default);
}
