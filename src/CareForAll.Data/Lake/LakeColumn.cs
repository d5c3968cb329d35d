namespace CareForAll.Data;

/// <summary>One column of a lake table: its name, DuckDB type and whether it may hold nulls.</summary>
public sealed record LakeColumn(string Name, LakeType Type, bool Nullable = false)
{
    /// <summary>The DuckDB SQL type name, e.g. <c>BIGINT</c>.</summary>
    public string SqlType => Type switch
    {
        LakeType.Varchar => "VARCHAR",
        LakeType.BigInt => "BIGINT",
        LakeType.Integer => "INTEGER",
        LakeType.TinyInt => "TINYINT",
        LakeType.Double => "DOUBLE",
        LakeType.Boolean => "BOOLEAN",
        LakeType.Date => "DATE",
        LakeType.Timestamp => "TIMESTAMP",
        _ => throw new ArgumentOutOfRangeException(nameof(Type), Type, "unknown lake type"),
    };
}
