using System.Globalization;
using System.Text.Json;
using CareForAll.Store.Identity;
using CareForAll.Tests;
using CareForAll.Web.Account;
using CareForAll.Web.Tests.Browser;
using Microsoft.AspNetCore.Identity;
using Microsoft.Playwright;

namespace CareForAll.Web.Tests.Proms;

/// <summary>
/// A patient signs in in Debian's Chromium, answers their six-month hip questionnaires and submits them; the new row is
/// then read from the lake's proms_response with DuckDB. The site runs on Kestrel over a copy of the fixture's lake and
/// its own store. axe-core finds no WCAG 2.2 AA violation on the list, the form with errors or the confirmation.
/// </summary>
public sealed class PromsBrowserTests(SiteFixture site) : IAsyncLifetime
{
    private const string Email = "proms-browser@test.careforall";
    private string lake = "";
    private KestrelSite? server;
    private Chromium? chromium;

    public async ValueTask InitializeAsync()
    {
        lake = PromsPatients.CopyLake(site.Lake);
        server = await KestrelSite.StartAsync(lake, site.Results);
        chromium = await Chromium.LaunchAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (chromium is not null)
        {
            await chromium.DisposeAsync();
        }

        if (server is not null)
        {
            await server.DisposeAsync();
        }

        Directory.Delete(lake, recursive: true);
    }

    [Fact]
    public async Task PatientAnswersTheSixMonthQuestionnaire_AndTheScoresAppearInTheLake()
    {
        var (patient, spell) = PromsPatients.WithSixMonthQuestionnaireDue(lake, "hip");
        using (var scope = server!.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StoreUser>>();
            var user = new StoreUser { UserName = Email, Email = Email, EmailConfirmed = true, PatientId = patient };
            Assert.True((await users.CreateAsync(user, StoreSeed.DemoPassword)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, StoreRoles.Name(StoreRole.Patient))).Succeeded);
        }

        var url = server.Url;
        var page = await chromium!.Browser.NewPageAsync();
        await page.GotoAsync($"{url}{SignInSetup.SignInPath}?ReturnUrl=/records/patients/{patient}/proms");
        await page.GetByLabel("Email address").FillAsync(Email);
        await page.GetByLabel("Password").FillAsync(StoreSeed.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        Assert.Equal("Questionnaires about your operation", await page.Locator("h1").InnerTextAsync());
        await Chromium.AssertAccessibleAsync(page);

        await page.Locator($"#status-{spell}-post a").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        Assert.Equal("There is a problem", await page.Locator(".nhsuk-error-summary__title").InnerTextAsync());
        await Chromium.AssertAccessibleAsync(page);

        // EQ-5D-5L profile 21232 and VAS 70; Oxford items q1-q11 and q12 left out.
        int[] oxford = [4, 3, 3, 2, 4, 4, 3, 2, 3, 4, 3];
        foreach (var (id, level) in new[] { ("mobility", 2), ("self-care", 1), ("usual-activities", 2), ("pain-discomfort", 3), ("anxiety-depression", 2) })
        {
            await page.Locator($"label[for='{id}-{level}']").ClickAsync();
        }

        await page.Locator("#vas").FillAsync("70");
        for (var i = 0; i < oxford.Length; i++)
        {
            await page.Locator($"label[for='q{i + 1}-{oxford[i]}']").ClickAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        Assert.Equal("Thank you: your answers have been saved", await page.Locator("h1").InnerTextAsync());
        await Chromium.AssertAccessibleAsync(page);

        // Oxford: 11 answers summing to 35, the twelfth given their mean (Murray et al. 2007): 35 + 35/11 = 38.18, which
        // the page shows to one decimal and the lake's whole-number oxford_score holds as 38. EQ-5D-5L index of 21232 on
        // the England value set (Devlin et al. 2018): 1 - (MO2 + UA2 + PD3 + AD2), decrements from the published table.
        var decrements = JsonDocument.Parse(await File.ReadAllTextAsync(RepositoryPaths.SharedData("reference", "eq5d5l_england_devlin2018.json"), TestContext.Current.CancellationToken))
            .RootElement.GetProperty("decrements");
        var index = Math.Round(1 - new[] { "MO2", "UA2", "PD3", "AD2" }.Sum(d => decrements.GetProperty(d).GetDouble()), 3);
        Assert.Equal("38.2 out of 48 (higher is better)", await page.Locator("#oxford-score").InnerTextAsync());
        Assert.Equal(index.ToString("0.000", CultureInfo.InvariantCulture) + " (1 is full health)", await page.Locator("#eq5d-index").InnerTextAsync());
        var row = Assert.Single(PromsPatients.Responses(lake, spell, "post"));
        Assert.Equal(("21232", 70, 38), (row.Profile, row.Vas, row.Oxford));
        Assert.Equal(index, row.Index, 9);
    }

}
