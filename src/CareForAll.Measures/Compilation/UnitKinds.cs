namespace CareForAll.Measures.Compilation;

/// <summary>Units of comparison and the lake's organisation kinds they correspond to.</summary>
public static class UnitKinds
{
    /// <summary>The <c>organisation.kind</c> (and <c>population.area_kind</c>) of a unit of comparison.</summary>
    public static string OrganisationKind(string unit) => unit switch
    {
        "trust" => "trust",
        "practice" => "gp_practice",
        "commissioner" => "commissioner",
        "region" => "region",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "A unit is trust, practice, commissioner or region."),
    };
}
