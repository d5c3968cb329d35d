using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using CareForAll.Data.Ingestion;
using CareForAll.Store.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareForAll.Web.Tests.Access;

/// <summary>
/// The web's NHS login journey with the provider replaced by a stand-in that signs straight in to Identity's
/// external cookie with NHS login's claims (the real one is not reachable here): the sign-in page offers NHS login,
/// the callback maps the claims to a patient user tied to their lake record, and that user sees their record.
/// </summary>
public sealed class NhsLoginTests(SiteFixture site)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_P9_nhs_login_signs_in_a_patient_who_sees_their_own_record()
    {
        await using var app = new SignedInSite(site);
        await using var factory = app.Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, StandInNhsLogin>(ExternalLoginOptions.NhsLoginScheme, "NHS login", _ => { })));
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var (_, form) = await Html.GetAsync(client, "/account/sign-in");
        var button = form.QuerySelectorAll("form").Single(f => f.TextContent.Contains("Sign in with NHS login", StringComparison.Ordinal));
        var token = button.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var challenge = await client.PostAsync(button.GetAttribute("action"), new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), Token);
        using var callback = await client.GetAsync(challenge.Headers.Location, Token);
        using var record = await client.GetAsync($"/records/patients/{StoreSeed.DemoPatientId}", Token);
        using var again = await client.GetAsync("/account/external-callback", Token);

        Assert.Equal((HttpStatusCode.Redirect, "/account/external-callback"), (challenge.StatusCode, challenge.Headers.Location?.OriginalString));
        Assert.Equal((HttpStatusCode.Redirect, "/"), (callback.StatusCode, callback.Headers.Location?.OriginalString));
        Assert.Equal(HttpStatusCode.OK, record.StatusCode);
        Assert.Contains("nhs-patient@example.org (patient)", await record.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    /// <summary>Stands in for NHS login: a challenge signs in to the external cookie with a P9 patient's claims and returns to the callback.</summary>
    private sealed class StandInNhsLogin(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());

        protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
        {
            var claims = new ClaimsIdentity(
                [
                    new Claim(ExternalClaimTypes.Subject, "nhs-login-demo-1"),
                    new Claim(ExternalClaimTypes.Email, "nhs-patient@example.org"),
                    new Claim(ExternalClaimTypes.NhsNumber, PatientKey.SyntheticNhsNumber(StoreSeed.DemoPatientId).Digits),
                    new Claim(ExternalClaimTypes.IdentityProofingLevel, "P9"),
                ],
                Scheme.Name);
            await Context.SignInAsync(IdentityConstants.ExternalScheme, new ClaimsPrincipal(claims), properties);
            Response.Redirect(properties.RedirectUri!);
        }
    }
}
