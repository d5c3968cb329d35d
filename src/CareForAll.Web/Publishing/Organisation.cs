namespace CareForAll.Web.Publishing;

/// <summary>
/// One organisation as the public site shows it: a row of the lake's <c>organisation</c> table (docs/lake.md).
/// <see cref="AcceptingPatients"/> is given for GP practices only.
/// </summary>
public sealed record Organisation(
    string Code,
    string Name,
    string Kind,
    string? ParentCode,
    string? Postcode,
    double? Latitude,
    double? Longitude,
    bool? AcceptingPatients)
{
    /// <summary>The results' unit type for this organisation's kind (<c>gp_practice</c> → <c>practice</c>).</summary>
    public string UnitType => OrganisationKinds.UnitTypeOf(Kind);

    /// <summary>What the kind is called on the site, e.g. "GP practice".</summary>
    public string KindName => OrganisationKinds.NameOf(Kind);
}
