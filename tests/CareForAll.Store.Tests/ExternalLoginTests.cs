using CareForAll.Store.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareForAll.Store.Tests;

/// <summary>
/// The NHS login and CIS2 OpenID Connect registration from configuration. Nothing is contacted: the handlers
/// read the providers' discovery documents only at the first sign-in.
/// </summary>
public sealed class ExternalLoginTests
{
    [Fact]
    public async Task ConfiguredProvidersBecomeCodeFlowSchemesAndUnconfiguredOnesDoNot()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ExternalLogin:NhsLogin:Enabled"] = "true",
            ["ExternalLogin:NhsLogin:Authority"] = "https://auth.sandpit.signin.nhs.uk",
            ["ExternalLogin:NhsLogin:ClientId"] = "careforall-demo",
            ["ExternalLogin:NhsLogin:Scopes:0"] = "profile",
            ["ExternalLogin:NhsLogin:Scopes:1"] = "nhs_number",
        }).Build();
        var services = new ServiceCollection();
        services.AddAuthentication().AddCareForAllExternalLogins(configuration);
        await using var provider = services.BuildServiceProvider();

        var schemes = (await provider.GetRequiredService<IAuthenticationSchemeProvider>().GetAllSchemesAsync()).Select(s => s.Name);
        var nhsLogin = provider.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(ExternalLoginOptions.NhsLoginScheme);

        Assert.Equal([ExternalLoginOptions.NhsLoginScheme], schemes);
        Assert.Equal(("https://auth.sandpit.signin.nhs.uk", "careforall-demo", "code", true), (nhsLogin.Authority, nhsLogin.ClientId, nhsLogin.ResponseType, nhsLogin.UsePkce));
        Assert.Equal(["openid", "profile", "nhs_number"], nhsLogin.Scope);
        Assert.Equal("/signin-nhs-login", nhsLogin.CallbackPath.Value);
        Assert.Superset(
            new HashSet<string> { ExternalClaimTypes.NhsNumber, ExternalClaimTypes.Email, ExternalClaimTypes.IdentityProofingLevel, ExternalClaimTypes.NationalRbacRoles },
            nhsLogin.ClaimActions.Select(a => a.ClaimType).ToHashSet());
    }

    [Fact]
    public void AnEnabledProviderWithoutAnHttpsAuthorityIsRefusedNamingTheSetting()
    {
        var options = new ExternalLoginOptions { Cis2 = new OpenIdConnectProviderOptions { Enabled = true, Authority = "http://example.org", ClientId = "x" } };

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddAuthentication().AddCareForAllExternalLogins(options));

        Assert.Equal("ExternalLogin:Cis2:Authority must be the provider's https issuer address.", error.Message);
    }
}
