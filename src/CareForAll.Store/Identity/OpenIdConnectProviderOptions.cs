namespace CareForAll.Store.Identity;

/// <summary>One OpenID Connect identity provider (NHS login or NHS CIS2) as configured for the web app.</summary>
public sealed class OpenIdConnectProviderOptions
{
    /// <summary>Whether to offer the provider at all; off by default.</summary>
    public bool Enabled { get; set; }

    /// <summary>The issuer, e.g. <c>https://auth.sandpit.signin.nhs.uk</c>; its discovery document is read at first sign-in.</summary>
    public string? Authority { get; set; }

    /// <summary>The client id the provider issued to CareForAll.</summary>
    public string? ClientId { get; set; }

    /// <summary>The client secret, for providers that use one (keep it in user secrets or the environment, never in files).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The path the provider redirects back to; registered with the provider.</summary>
    public string? CallbackPath { get; set; }

    /// <summary>Scopes asked for beside <c>openid</c>, e.g. <c>profile</c>, <c>email</c>, <c>nhs_number</c>.</summary>
    public IList<string> Scopes { get; } = [];
}
