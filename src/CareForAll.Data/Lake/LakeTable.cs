namespace CareForAll.Data;

/// <summary>One lake table: a folder <c>DIR/name/*.parquet</c> with these columns in this order.</summary>
public sealed record LakeTable(string Name, IReadOnlyList<LakeColumn> Columns)
{
    /// <summary>The position of the named column; throws when the table has no such column.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == column)
            {
                return i;
            }
        }

        throw new ArgumentException($"table {Name} has no column {column}", nameof(column));
    }
}
