namespace CareForAll.Data.Ingestion;

/// <summary>Answers whether a referenced row exists, in the lake or earlier in this load.</summary>
internal interface IReferenceLookup
{
    /// <summary>True when <paramref name="table"/> has a row whose <see cref="RowKey"/> is <paramref name="key"/>.</summary>
    bool Exists(LakeTable table, UInt128 key);

    /// <summary>True when <paramref name="table"/> has any rows at all (in the lake or this load).</summary>
    bool HasRows(LakeTable table);
}
