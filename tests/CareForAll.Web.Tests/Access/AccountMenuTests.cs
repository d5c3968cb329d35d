using System.Net;
using CareForAll.Store.Identity;

namespace CareForAll.Web.Tests.Access;

/// <summary>
/// The header's account area: "Sign in" for visitors; for each demo user their name, role, the pages their role
/// may use (each of which opens for them) and "Sign out"; and a page cached for visitors never shows a user's name.
/// </summary>
public sealed class AccountMenuTests(SiteFixture site)
{
    public static TheoryData<string, string, string[]> Menus => new()
    {
        { "public@demo.careforall", "public", [] },
        { "patient@demo.careforall", "patient", ["Your record"] },
        { "clinician@demo.careforall", "clinician", [] },
        { "analyst@demo.careforall", "provider analyst", ["Secured results"] },
        { "commissioner@demo.careforall", "commissioner", ["Secured results"] },
        { "regulator@demo.careforall", "regulator", ["Secured results"] },
        { "admin@demo.careforall", "administrator", ["Audit log"] },
    };

    [Fact]
    public async Task A_visitor_sees_only_a_sign_in_link()
    {
        await using var app = new SignedInSite(site);

        var (_, page) = await Html.GetAsync(app.Client(), "/indicators");

        var account = page.QuerySelector("nav.nhsuk-header__account")!;
        Assert.Equal(["Sign in"], account.QuerySelectorAll("a").Select(a => a.Text()));
        Assert.Equal("/account/sign-in", account.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(account.QuerySelector("form"));
    }

    [Theory]
    [MemberData(nameof(Menus))]
    public async Task A_signed_in_user_sees_their_name_role_the_pages_they_may_use_and_sign_out(string email, string role, string[] links)
    {
        Assert.Contains(StoreSeed.DemoUsers, u => u.Email == email);
        await using var app = new SignedInSite(site);
        var client = await app.SignedInClientAsync(email);

        var (_, page) = await Html.GetAsync(client, "/indicators");

        var account = page.QuerySelector("nav.nhsuk-header__account")!;
        Assert.Equal($"{email} ({role})", account.QuerySelector("#account-user")!.Text());
        Assert.Equal(links, account.QuerySelectorAll("a").Select(a => a.Text()));
        Assert.Equal("Sign out", account.QuerySelector("form[action='/account/sign-out'] button")!.Text());
        Assert.NotNull(account.QuerySelector("form input[name='__RequestVerificationToken']"));
        foreach (var href in account.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!))
        {
            using var response = await client.GetAsync(href, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{email} GET {href}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Signing_out_from_the_header_leaves_a_sign_in_link_and_the_cached_page_never_shows_a_users_name()
    {
        await using var app = new SignedInSite(site);
        var visitor = app.Client();
        var (_, before) = await Html.GetAsync(visitor, "/indicators");
        var patient = await app.SignedInClientAsync("patient@demo.careforall");
        var (_, signedIn) = await Html.GetAsync(patient, "/indicators");
        var token = signedIn.QuerySelector("nav.nhsuk-header__account form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var (_, visitorAfter) = await Html.GetAsync(visitor, "/indicators");
        using var signOut = await patient.PostAsync("/account/sign-out", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), TestContext.Current.CancellationToken);
        var (_, signedOut) = await Html.GetAsync(patient, "/indicators");

        Assert.Equal("Sign in", before.QuerySelector("nav.nhsuk-header__account")!.Text());
        Assert.DoesNotContain("patient@demo.careforall", visitorAfter.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("Sign in", signedOut.QuerySelector("nav.nhsuk-header__account")!.Text());
    }

    [Fact]
    public async Task A_signed_in_users_pages_carry_their_sign_out_token_uncompressed()
    {
        await using var app = new SignedInSite(site);
        var patient = await app.SignedInClientAsync("patient@demo.careforall");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/indicators");
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        using var response = await patient.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("__RequestVerificationToken", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
