namespace CareForAll.Data.Ingestion;

/// <summary>What an ingestion run did: the accounting per file and table, and every refused record.</summary>
/// <param name="Accounts">One row per source file and lake table, in the order the files were read.</param>
/// <param name="Quarantine">Every refused record of this run.</param>
/// <param name="Committed">True when new rows were renamed into the lake (false under <c>--check</c> or when nothing was new).</param>
public sealed record IngestResult(IReadOnlyList<FileAccount> Accounts, IReadOnlyList<QuarantineRecord> Quarantine, bool Committed)
{
    /// <summary>Records read over every file.</summary>
    public long Read => Accounts.Sum(a => a.Read);

    /// <summary>Records loaded over every file.</summary>
    public long Loaded => Accounts.Sum(a => a.Loaded);

    /// <summary>Records already present over every file.</summary>
    public long Duplicate => Accounts.Sum(a => a.Duplicate);

    /// <summary>Records refused over every file.</summary>
    public long Quarantined => Accounts.Sum(a => a.Quarantined);
}
