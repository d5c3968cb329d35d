using CareForAll.Store.Access;

namespace CareForAll.Store.Audit;

/// <summary>
/// An administrator's search of the audit log; every filter is optional and they combine with AND.
/// <see cref="From"/> is inclusive and <see cref="To"/> exclusive; results come newest first, at most <see cref="Limit"/>.
/// </summary>
public sealed record AuditQuery
{
    /// <summary>The most rows one search returns.</summary>
    public const int MaxLimit = 10_000;

    /// <summary>Only this user's accesses.</summary>
    public string? UserId { get; init; }

    /// <summary>Only accesses to this patient's data.</summary>
    public long? PatientId { get; init; }

    /// <summary>Only accesses at or after this instant.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only accesses before this instant.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Only reads, or only changes.</summary>
    public AccessAction? Action { get; init; }

    /// <summary>How many rows at most (1 to <see cref="MaxLimit"/>; default 500).</summary>
    public int Limit
    {
        get;
        init => field = value is >= 1 and <= MaxLimit
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Limit), value, $"Value should be in the range 1 to {MaxLimit}.");
    } = 500;
}
