namespace CareForAll.Store.Access;

/// <summary>What a user wants to do with a resource.</summary>
public enum AccessAction
{
    /// <summary>Look at it.</summary>
    Read,

    /// <summary>Create, edit or approve it.</summary>
    Change,
}
