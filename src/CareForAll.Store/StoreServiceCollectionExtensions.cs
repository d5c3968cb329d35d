using CareForAll.Store.Access;
using CareForAll.Store.Audit;
using CareForAll.Store.CarePlans;
using CareForAll.Store.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareForAll.Store;

/// <summary>The one call that plugs the store, Identity and the access policies into an application.</summary>
public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store on the database the connection string names (<see cref="StoreDatabase"/>), Identity
    /// core with roles, the rules of <see cref="IdentityRules"/> and <see cref="StoreUserClaimsPrincipalFactory"/>,
    /// the authorisation policies of <see cref="AccessPolicies"/>, and the scoped services <see cref="AccessPolicy"/>,
    /// <see cref="AccessGuard"/>, <see cref="AuditLog"/>, <see cref="CarePlanStore"/>, <see cref="PasswordCheck"/>,
    /// <see cref="StoreSeed"/> and <see cref="ExternalUserLinker"/> (which needs an <see cref="IPatientIndex"/> from the app). <see cref="ICareRelationships"/>, <see cref="IOrganisationHierarchy"/> and
    /// <see cref="TimeProvider"/> are added only when not registered already, so the web can supply the lake's.
    /// Returns Identity's builder so the web can go on with <c>.AddSignInManager().AddDefaultTokenProviders()</c>.
    /// </summary>
    public static IdentityBuilder AddCareForAllStore(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (StoreDatabase.ProviderOf(connectionString) == StoreProvider.Postgres)
        {
            services.AddDbContext<StoreContext, PostgresStoreContext>(options => options.UseStore(connectionString));
        }
        else
        {
            services.AddDbContext<StoreContext, SqliteStoreContext>(options => options.UseStore(connectionString));
        }

        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ICareRelationships, StoreCareRelationships>();
        services.TryAddScoped<IOrganisationHierarchy, StoreOrganisationHierarchy>();
        services.AddScoped<AccessPolicy>();
        services.AddScoped<AccessGuard>();
        services.AddScoped<AuditLog>();
        services.AddScoped<CarePlanStore>();
        services.AddScoped<PasswordCheck>();
        services.AddScoped<StoreSeed>();
        services.AddScoped<ExternalUserLinker>();
        services.AddAuthorizationCore(AccessPolicies.AddTo);
        services.AddScoped<IAuthorizationHandler, AccessRequirementHandler>();

        return services.AddIdentityCore<StoreUser>(IdentityRules.Apply)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<StoreContext>()
            .AddClaimsPrincipalFactory<StoreUserClaimsPrincipalFactory>();
    }
}
