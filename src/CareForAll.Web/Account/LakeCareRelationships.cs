using CareForAll.Core;
using CareForAll.Store.Access;

namespace CareForAll.Web.Account;

/// <summary>
/// "Registered with or treated by", answered from the lake: a GP registration (<c>gp_registration</c> or
/// <c>patient.practice_code</c>) at the organisation, or a hospital spell whose <c>provider_code</c> is the
/// organisation. Relationships recorded in the store (<see cref="StoreCareRelationships"/>, e.g. the demo's) count too.
/// </summary>
public sealed class LakeCareRelationships(PatientLake lake, StoreCareRelationships store) : ICareRelationships
{
    public async Task<bool> IsRegisteredOrTreatedAsync(long patientId, OdsCode organisation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return lake.IsRegisteredOrTreated(patientId, organisation.ToString())
            || await store.IsRegisteredOrTreatedAsync(patientId, organisation, cancellationToken);
    }
}
