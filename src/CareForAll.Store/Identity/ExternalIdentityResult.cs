namespace CareForAll.Store.Identity;

/// <summary>The outcome of reading a provider's claims: the identity, or a sentence saying why the person cannot be signed in.</summary>
public sealed record ExternalIdentityResult(ExternalIdentity? Identity, string? Problem)
{
    /// <summary>A refusal for <paramref name="problem"/>.</summary>
    public static ExternalIdentityResult Refuse(string problem) => new(null, problem);
}
