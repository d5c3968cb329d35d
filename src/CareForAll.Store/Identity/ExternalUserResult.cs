namespace CareForAll.Store.Identity;

/// <summary>The outcome of <see cref="ExternalUserLinker.LinkAsync"/>: the user to sign in, or why there is none.</summary>
public sealed record ExternalUserResult(StoreUser? User, string? Problem)
{
    /// <summary>A refusal for <paramref name="problem"/>.</summary>
    public static ExternalUserResult Refuse(string problem) => new(null, problem);
}
