using CareForAll.Core;
using Microsoft.EntityFrameworkCore;

namespace CareForAll.Store.Access;

/// <summary>
/// <see cref="IOrganisationHierarchy"/> answered from the store's <c>Organisations</c> table by walking up the
/// provider's parents (site → trust → commissioner → region), at most <see cref="MaxDepth"/> steps: a commissioner
/// commissions whatever lies under it.
/// </summary>
public sealed class StoreOrganisationHierarchy(StoreContext store) : IOrganisationHierarchy
{
    /// <summary>The most parent links followed, which also stops a loop in bad data.</summary>
    public const int MaxDepth = 8;

    public Task<bool> CommissionsAsync(OdsCode commissioner, OdsCode provider, CancellationToken cancellationToken = default) =>
        IsPartOfAsync(commissioner, provider, cancellationToken);

    public async Task<bool> IsPartOfAsync(OdsCode whole, OdsCode part, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(whole);
        ArgumentNullException.ThrowIfNull(part);
        var target = whole.ToString();
        string? code = part.ToString();
        for (var step = 0; step < MaxDepth && code is not null; step++)
        {
            var current = code;
            code = await store.Organisations.Where(o => o.Code == current).Select(o => o.ParentCode).FirstOrDefaultAsync(cancellationToken);
            if (code == target)
            {
                return true;
            }
        }

        return false;
    }
}
