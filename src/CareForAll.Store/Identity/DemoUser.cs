namespace CareForAll.Store.Identity;

/// <summary>A named example account that <see cref="StoreSeed.SeedDemoAsync"/> creates.</summary>
/// <param name="Email">The sign-in name and email, e.g. <c>patient@demo.careforall</c>.</param>
/// <param name="Role">The account's role.</param>
/// <param name="OrganisationCode">Its organisation's ODS code (null for the public).</param>
/// <param name="PatientId">For the patient, their demo patient id.</param>
public sealed record DemoUser(string Email, StoreRole Role, string? OrganisationCode, long? PatientId = null);
