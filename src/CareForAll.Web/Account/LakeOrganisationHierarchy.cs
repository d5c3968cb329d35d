using CareForAll.Core;
using CareForAll.Store.Access;
using CareForAll.Web.Publishing;

namespace CareForAll.Web.Account;

/// <summary>
/// Which organisation lies under which, answered from the lake's organisation table (a trust's sites, a
/// commissioner's practices) and then from the store's own table (<see cref="StoreOrganisationHierarchy"/>, e.g. the
/// demo organisations). A commissioner commissions what lies under it.
/// </summary>
public sealed class LakeOrganisationHierarchy(PublishedData data, StoreOrganisationHierarchy store) : IOrganisationHierarchy
{
    public Task<bool> CommissionsAsync(OdsCode commissioner, OdsCode provider, CancellationToken cancellationToken = default) =>
        IsPartOfAsync(commissioner, provider, cancellationToken);

    public async Task<bool> IsPartOfAsync(OdsCode whole, OdsCode part, CancellationToken cancellationToken = default) =>
        InLake(whole, part) || await store.IsPartOfAsync(whole, part, cancellationToken);

    private bool InLake(OdsCode whole, OdsCode part)
    {
        ArgumentNullException.ThrowIfNull(whole);
        ArgumentNullException.ThrowIfNull(part);
        var target = whole.ToString();
        var code = data.Organisation(part.ToString())?.ParentCode;
        for (var step = 0; step < StoreOrganisationHierarchy.MaxDepth && code is not null; step++)
        {
            if (string.Equals(code, target, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            code = data.Organisation(code)?.ParentCode;
        }

        return false;
    }
}
