using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CareForAll.Store.Identity;

/// <summary>Registers the enabled OpenID Connect providers of <see cref="ExternalLoginOptions"/>.</summary>
public static class ExternalLoginRegistration
{
    /// <summary>Binds the <c>ExternalLogin</c> section of <paramref name="configuration"/> and registers what it enables.</summary>
    public static AuthenticationBuilder AddCareForAllExternalLogins(this AuthenticationBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new ExternalLoginOptions();
        configuration.GetSection(ExternalLoginOptions.SectionName).Bind(options);
        return builder.AddCareForAllExternalLogins(options);
    }

    /// <summary>
    /// Adds an OpenID Connect handler (authorisation code flow with PKCE, signing in to Identity's external cookie
    /// <see cref="IdentityConstants.ExternalScheme"/>, keeping the user-info claims of <see cref="ExternalClaimTypes"/>)
    /// for each enabled provider; throws
    /// <see cref="InvalidOperationException"/> when an enabled one lacks its authority or client id.
    /// </summary>
    public static AuthenticationBuilder AddCareForAllExternalLogins(this AuthenticationBuilder builder, ExternalLoginOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        Add(builder, ExternalLoginOptions.NhsLoginScheme, "NHS login", nameof(ExternalLoginOptions.NhsLogin), options.NhsLogin);
        Add(builder, ExternalLoginOptions.Cis2Scheme, "NHS Care Identity (CIS2)", nameof(ExternalLoginOptions.Cis2), options.Cis2);
        return builder;
    }

    private static void Add(AuthenticationBuilder builder, string scheme, string displayName, string key, OpenIdConnectProviderOptions provider)
    {
        if (!provider.Enabled)
        {
            return;
        }

        var section = $"{ExternalLoginOptions.SectionName}:{key}";
        if (!Uri.TryCreate(provider.Authority, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException($"{section}:Authority must be the provider's https issuer address.");
        }

        if (string.IsNullOrWhiteSpace(provider.ClientId))
        {
            throw new InvalidOperationException($"{section}:ClientId is required when the provider is enabled.");
        }

        builder.AddOpenIdConnect(scheme, displayName, oidc =>
        {
            oidc.Authority = provider.Authority;
            oidc.ClientId = provider.ClientId;
            oidc.ClientSecret = provider.ClientSecret;
            oidc.CallbackPath = provider.CallbackPath ?? "/signin-" + scheme;
            oidc.ResponseType = OpenIdConnectResponseType.Code;
            oidc.UsePkce = true;
            oidc.SignInScheme = IdentityConstants.ExternalScheme;
            oidc.GetClaimsFromUserInfoEndpoint = true;
            oidc.MapInboundClaims = false;
            oidc.SaveTokens = false;
            foreach (var claim in (string[])[ExternalClaimTypes.Email, ExternalClaimTypes.NhsNumber, ExternalClaimTypes.IdentityProofingLevel, ExternalClaimTypes.Cis2UserId])
            {
                oidc.ClaimActions.MapUniqueJsonKey(claim, claim);
            }

            oidc.ClaimActions.MapJsonKey(ExternalClaimTypes.NationalRbacRoles, ExternalClaimTypes.NationalRbacRoles);
            oidc.Scope.Clear();
            oidc.Scope.Add("openid");
            foreach (var scope in provider.Scopes.Where(s => s != "openid").Distinct(StringComparer.Ordinal))
            {
                oidc.Scope.Add(scope);
            }
        });
    }
}
