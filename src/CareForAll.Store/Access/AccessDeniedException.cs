namespace CareForAll.Store.Access;

/// <summary>Thrown by the store's services when <see cref="AccessPolicy"/> denies a request; the denial is already in the audit log.</summary>
public sealed class AccessDeniedException : Exception
{
    public AccessDeniedException(AccessDecision decision)
        : base($"Access denied: {decision?.Reason}") => Decision = decision ?? throw new ArgumentNullException(nameof(decision));

    public AccessDeniedException()
        : this(AccessDecision.Deny("no reason given"))
    {
    }

    public AccessDeniedException(string message)
        : this(AccessDecision.Deny(message))
    {
    }

    public AccessDeniedException(string message, Exception innerException)
        : base(message, innerException) => Decision = AccessDecision.Deny(message);

    /// <summary>The policy's decision.</summary>
    public AccessDecision Decision { get; }
}
