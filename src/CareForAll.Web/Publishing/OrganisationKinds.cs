namespace CareForAll.Web.Publishing;

/// <summary>The kinds of organisation in the lake, what the site calls them and the results' unit type of each.</summary>
public static class OrganisationKinds
{
    public const string Practice = "gp_practice";
    public const string Trust = "trust";
    public const string Site = "site";
    public const string Commissioner = "commissioner";
    public const string Region = "region";

    /// <summary>The kinds a person can search for, in the order the filter lists them.</summary>
    public static IReadOnlyList<string> Searchable { get; } = [Practice, Trust, Commissioner, Region];

    /// <summary>The results' unit type of an organisation kind: the same word except <c>gp_practice</c> → <c>practice</c>.</summary>
    public static string UnitTypeOf(string kind) => kind == Practice ? "practice" : kind;

    /// <summary>The organisation kind of a results unit type.</summary>
    public static string KindOf(string unitType) => unitType == "practice" ? Practice : unitType;

    public static string NameOf(string kind) => kind switch
    {
        Practice => "GP practice",
        Trust => "Hospital trust",
        Site => "Hospital site",
        Commissioner => "Commissioner",
        Region => "Region",
        _ => kind,
    };

    /// <summary>Plural name for filters and headings.</summary>
    public static string PluralOf(string kind) => kind switch
    {
        Practice => "GP practices",
        Trust => "Hospitals (trusts)",
        Site => "Hospital sites",
        Commissioner => "Commissioners",
        Region => "Regions",
        _ => kind,
    };
}
