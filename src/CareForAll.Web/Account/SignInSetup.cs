using CareForAll.Store;
using CareForAll.Store.Access;
using CareForAll.Store.Identity;
using CareForAll.Web.Publishing;
using CareForAll.Web.Secured;
using Microsoft.AspNetCore.Identity;

namespace CareForAll.Web.Account;

/// <summary>
/// Plugs the operational store, cookie sign-in, the patient pages and the secured results into the site. Settings:
/// <c>ConnectionStrings:Store</c> (default: SQLite <c>store.db</c> beside the results folder),
/// <c>CareForAll:MigrateStore</c> (apply the store's migrations at start) and <c>CareForAll:SeedDemoUsers</c>
/// (migrate, then create the demo users of README "Demo users"; the <c>demo</c> verb passes it).
/// </summary>
public static class SignInSetup
{
    public const string StoreSetting = "ConnectionStrings:Store";
    public const string MigrateSetting = "CareForAll:MigrateStore";
    public const string SeedDemoSetting = "CareForAll:SeedDemoUsers";

    /// <summary>Where an NHS login or CIS2 sign-in comes back to, after the provider's own callback.</summary>
    public const string ExternalCallbackPath = "/account/external-callback";

    /// <summary>Where the sign-in form is; pages that need a user link here.</summary>
    public const string SignInPath = "/account/sign-in";

    /// <summary>Paths whose pages depend on who is signed in: never output-cached.</summary>
    public static bool IsPersonal(PathString path) =>
        path.StartsWithSegments("/account") || path.StartsWithSegments("/records") || path.StartsWithSegments("/admin")
        || path.StartsWithSegments("/secured") || path.StartsWithSegments("/api/secured");

    /// <summary>The store connection string the settings name.</summary>
    public static string StoreConnectionString(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration[StoreSetting] is { Length: > 0 } configured)
        {
            return configured;
        }

        var results = configuration[WebSite.ResultsSetting];
        return results is null
            ? StoreDatabase.DefaultConnectionString
            : "Data Source=" + Path.Combine(Path.GetDirectoryName(Path.GetFullPath(results).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", "store.db");
    }

    /// <summary>
    /// Registers the store (with the lake's care relationships and organisation hierarchy), the secured results and
    /// their reader, Identity's sign-in manager, the application cookie and the NHS login / CIS2 providers that the
    /// <c>ExternalLogin</c> section enables (<see cref="ExternalLoginRegistration"/>).
    /// </summary>
    public static void AddSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(_ => new PatientLake(
            configuration[WebSite.LakeSetting] ?? throw new InvalidOperationException($"Set {WebSite.LakeSetting} to the lake folder.")));
        services.AddScoped<StoreCareRelationships>();
        services.AddScoped<ICareRelationships, LakeCareRelationships>();
        services.AddScoped<IPatientIndex, LakePatientIndex>();
        services.AddScoped<StoreOrganisationHierarchy>();
        services.AddScoped<IOrganisationHierarchy, LakeOrganisationHierarchy>();
        services.AddSingleton(provider => SecuredResults.Load(
            configuration[WebSite.ResultsSetting] ?? throw new InvalidOperationException($"Set {WebSite.ResultsSetting} to the results folder."),
            provider.GetRequiredService<PublishedData>()));
        services.AddScoped<SecuredResultsReader>();
        services.AddCareForAllStore(StoreConnectionString(configuration)).AddSignInManager().AddDefaultTokenProviders();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddAuthentication().AddCareForAllExternalLogins(configuration);
        services.Configure<ExternalLoginOptions>(configuration.GetSection(ExternalLoginOptions.SectionName));
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = SignInPath;
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = SignInPath;
            options.Cookie.Name = "careforall-session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
        });
        services.AddAuthorization();
    }

    /// <summary>Migrates and seeds the store when the settings say so, then adds authentication and authorisation to the pipeline (after routing).</summary>
    public static void UseSignIn(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var seed = app.Configuration.GetValue(SeedDemoSetting, false);
        if (seed || app.Configuration.GetValue(MigrateSetting, false))
        {
            StoreDatabase.MigrateAsync(StoreConnectionString(app.Configuration)).GetAwaiter().GetResult();
            using var scope = app.Services.CreateScope();
            var store = scope.ServiceProvider.GetRequiredService<StoreSeed>();
            (seed ? store.SeedDemoAsync() : store.EnsureRolesAsync()).GetAwaiter().GetResult();
        }

        app.UseAuthentication();
        app.UseAuthorization();
    }
}
