namespace CareForAll.Store;

/// <summary>
/// An editable record with an optimistic concurrency token. <see cref="StoreContext"/> sets the version to 1 when
/// the record is added and to one more than the version it was read at on every save, and the database only
/// updates the row if it is still at that version; otherwise the save throws
/// <see cref="Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException"/>.
/// </summary>
public interface IVersioned
{
    /// <summary>1 when created, one more at every save.</summary>
    int Version { get; set; }
}
