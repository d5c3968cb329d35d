using System.Net;
using System.Text.RegularExpressions;
using CareForAll.Store;
using CareForAll.Store.Identity;
using CareForAll.Store.Tests.Backends;
using CareForAll.Web.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CareForAll.Web.Tests.Access;

/// <summary>
/// The site in-process over the fixture's lake with its own store, migrated and seeded with the demo users at start:
/// a SQLite file in a temporary folder, or a fresh database of a <see cref="IStoreBackend"/> (<see cref="OpenAsync"/>).
/// Users sign in the way people do: by getting the form and posting it with its anti-forgery token.
/// </summary>
internal sealed partial class SignedInSite : IAsyncDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "careforall-access-" + Guid.NewGuid().ToString("N"));

    /// <summary>The site over the fixture's lake, or over <paramref name="lake"/> (e.g. a copy that a test writes to).</summary>
    public SignedInSite(SiteFixture site, string? lake = null)
        : this(site, lake, null)
    {
    }

    private SignedInSite(SiteFixture site, string? lake, string? connectionString)
    {
        Directory.CreateDirectory(folder);
        StoreConnectionString = connectionString ?? "Data Source=" + Path.Combine(folder, "store.db") + ";Pooling=False";
        var settings = new Dictionary<string, string>
        {
            [SignInSetup.StoreSetting] = StoreConnectionString,
            [SignInSetup.SeedDemoSetting] = "true",
        };
        if (lake is not null)
        {
            settings[WebSite.LakeSetting] = lake;
        }

        Factory = site.CreateFactory(settings);
        _ = Factory.Server;
    }

    /// <summary>The connection string of this site's store.</summary>
    public string StoreConnectionString { get; }

    /// <summary>The site on a new, empty database of <paramref name="backend"/>.</summary>
    public static async Task<SignedInSite> OpenAsync(SiteFixture site, IStoreBackend backend)
    {
        ArgumentNullException.ThrowIfNull(backend);
        return new SignedInSite(site, null, await backend.CreateEmptyDatabaseAsync());
    }

    public WebApplicationFactory<Program> Factory { get; }

    /// <summary>A client that keeps cookies and does not follow redirects.</summary>
    public HttpClient Client() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Creates a user with the demo password (a patient user linked to <paramref name="patientId"/>).</summary>
    public async Task AddUserAsync(string email, StoreRole role, string? organisation, long? patientId = null)
    {
        using var scope = Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StoreUser>>();
        var user = new StoreUser { UserName = email, Email = email, EmailConfirmed = true, OrganisationCode = organisation, PatientId = patientId };
        Assert.True((await users.CreateAsync(user, StoreSeed.DemoPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, StoreRoles.Name(role))).Succeeded);
    }

    /// <summary>Posts the sign-in form and returns the response to the post.</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync(SignInSetup.SignInPath);
        var token = TokenPattern().Match(form).Groups[1].Value;
        Assert.NotEmpty(token);
        return await client.PostAsync(SignInSetup.SignInPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>A client signed in as <paramref name="email"/> (or anonymous when null).</summary>
    public async Task<HttpClient> SignedInClientAsync(string? email)
    {
        var client = Client();
        if (email is not null)
        {
            var response = await PostSignInAsync(client, email, StoreSeed.DemoPassword);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        return client;
    }

    /// <summary>The newest audit row id (0 when empty) and a reader of the rows after it.</summary>
    public async Task<long> LastAuditIdAsync()
    {
        using var scope = Factory.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<StoreContext>();
        return await store.AuditLog.MaxAsync(e => (long?)e.Id) ?? 0;
    }

    public async Task<IReadOnlyList<CareForAll.Store.Audit.AuditEntry>> AuditAfterAsync(long id)
    {
        using var scope = Factory.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<StoreContext>();
        return await store.AuditLog.AsNoTracking().Where(e => e.Id > id).OrderBy(e => e.Id).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
