namespace CareForAll.Data.Ingestion;

/// <summary>
/// The accounting for one source file and one lake table in an ingestion run:
/// <see cref="Read"/> = <see cref="Loaded"/> + <see cref="Duplicate"/> + <see cref="Quarantined"/>.
/// </summary>
/// <param name="File">The source file as given.</param>
/// <param name="Table">The lake table the records were for (<c>(unknown)</c> when a record could not be read far enough to say).</param>
/// <param name="Read">Records read.</param>
/// <param name="Loaded">Records written to the lake (or that would be, under <c>--check</c>).</param>
/// <param name="Duplicate">Records whose key was already in the lake or earlier in this run.</param>
/// <param name="Quarantined">Records refused, each with a reason in the quarantine.</param>
public sealed record FileAccount(string File, string Table, long Read, long Loaded, long Duplicate, long Quarantined)
{
    /// <summary>True when every record read is accounted for.</summary>
    public bool Balances => Read == Loaded + Duplicate + Quarantined;
}
