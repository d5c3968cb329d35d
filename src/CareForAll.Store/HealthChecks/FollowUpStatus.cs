namespace CareForAll.Store.HealthChecks;

/// <summary>Where a follow-up task stands.</summary>
public enum FollowUpStatus
{
    /// <summary>Still to do.</summary>
    Open,

    /// <summary>Done.</summary>
    Done,

    /// <summary>Offered and declined by the person.</summary>
    Declined,
}
