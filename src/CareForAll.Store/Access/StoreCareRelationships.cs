using CareForAll.Core;
using Microsoft.EntityFrameworkCore;

namespace CareForAll.Store.Access;

/// <summary><see cref="ICareRelationships"/> answered from the store's <c>CareRelationships</c> table.</summary>
public sealed class StoreCareRelationships(StoreContext store) : ICareRelationships
{
    public Task<bool> IsRegisteredOrTreatedAsync(long patientId, OdsCode organisation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var code = organisation.ToString();
        return store.CareRelationships.AnyAsync(r => r.PatientId == patientId && r.OrganisationCode == code, cancellationToken);
    }
}
