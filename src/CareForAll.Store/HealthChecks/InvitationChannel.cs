namespace CareForAll.Store.HealthChecks;

/// <summary>How an invitation reaches the person.</summary>
public enum InvitationChannel
{
    /// <summary>A printed letter to the registered address.</summary>
    Letter,

    /// <summary>A text or NHS App message.</summary>
    Message,
}
