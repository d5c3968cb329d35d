using System.Net;
using CareForAll.Store.Identity;
using CareForAll.Web.Pages.Account;

namespace CareForAll.Web.Tests.Access;

/// <summary>Signing in and out through the web form, and the lockout after repeated wrong passwords.</summary>
public sealed class SignInTests(SiteFixture site)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_the_right_one_is_then_refused_with_a_clear_message()
    {
        await using var app = new SignedInSite(site);
        const string email = "lockout@test.careforall";
        await app.AddUserAsync(email, StoreRole.Public, null);
        var client = app.Client();

        for (var attempt = 1; attempt < IdentityRules.MaxFailedAttempts; attempt++)
        {
            var wrong = await SignedInSite.PostSignInAsync(client, email, "not the password " + attempt);
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Contains(SignInModel.WrongPasswordMessage, await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        var fifth = await SignedInSite.PostSignInAsync(client, email, "still not the password");
        Assert.Contains(Encoded(SignInModel.LockedOutMessage), await fifth.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var right = await SignedInSite.PostSignInAsync(client, email, StoreSeed.DemoPassword);
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains(Encoded(SignInModel.LockedOutMessage), await right.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.DoesNotContain(right.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("careforall-session=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_patient_signs_in_sees_their_record_from_the_lake_and_after_signing_out_is_refused_it()
    {
        await using var app = new SignedInSite(site);
        var client = await app.SignedInClientAsync(StoreSeed.DemoUsers.Single(u => u.Role == StoreRole.Patient).Email);
        var expected = LakeRecord(StoreSeed.DemoPatientId);

        var record = await client.GetAsync($"/records/patients/{StoreSeed.DemoPatientId}", TestContext.Current.CancellationToken);
        var html = await record.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, record.StatusCode);
        Assert.Contains($"{expected.Year}</dd>", html, StringComparison.Ordinal);
        Assert.Contains($"{expected.Practice}</dd>", html, StringComparison.Ordinal);

        var log = await client.GetStringAsync($"/records/patients/{StoreSeed.DemoPatientId}/access-log", TestContext.Current.CancellationToken);
        Assert.Contains("patient@demo.careforall", log, StringComparison.Ordinal);
        Assert.Contains("direct care", log, StringComparison.Ordinal);

        var signOutForm = await client.GetStringAsync("/account/sign-out", TestContext.Current.CancellationToken);
        var token = System.Text.RegularExpressions.Regex.Match(signOutForm, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var withoutToken = await client.PostAsync("/account/sign-out", new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        var signedOut = await client.PostAsync("/account/sign-out", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        var after = await client.GetAsync($"/records/patients/{StoreSeed.DemoPatientId}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
    }

    private static string Encoded(string text) => System.Text.Encodings.Web.HtmlEncoder.Default.Encode(text);

    private (int Year, string Practice) LakeRecord(long patientId)
    {
        using var connection = CareForAll.Data.Lake.Open(site.Lake);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT year(birth_date), practice_code FROM patient WHERE patient_id = {patientId}";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return (Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), reader.GetString(1));
    }
}
