namespace CareForAll.Store.Organisations;

/// <summary>
/// An organisation known to the store, with its parent: a site's trust, a trust's or practice's commissioner.
/// The lake's organisation table is the full list; the store holds the ones it needs for its own answers.
/// </summary>
public sealed class Organisation
{
    /// <summary>The ODS code (primary key).</summary>
    public required string Code { get; init; }

    /// <summary>The organisation's name.</summary>
    public required string Name { get; set; }

    /// <summary>The ODS code of the parent (commissioner of a provider), or null at the top.</summary>
    public string? ParentCode { get; set; }
}
