namespace CareForAll.Data;

/// <summary>The column types used in the lake, named as DuckDB names them.</summary>
public enum LakeType
{
    Varchar,
    BigInt,
    Integer,
    TinyInt,
    Double,
    Boolean,
    Date,
    Timestamp,
}
