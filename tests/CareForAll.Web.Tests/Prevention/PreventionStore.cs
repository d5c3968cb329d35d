using CareForAll.Store;
using CareForAll.Web.Pages.Feedback;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareForAll.Web.Tests.Prevention;

/// <summary>A migrated SQLite operational store in a temporary folder, and the fixture's site connected to it.</summary>
internal sealed class PreventionStore : IAsyncDisposable
{
    private PreventionStore(string folder, WebApplicationFactory<Program> factory)
    {
        Folder = folder;
        Factory = factory;
    }

    public string Folder { get; }

    public WebApplicationFactory<Program> Factory { get; }

    public string ConnectionString => ConnectionStringFor(Folder);

    public static async Task<PreventionStore> OpenAsync(SiteFixture site)
    {
        var folder = Directory.CreateTempSubdirectory("careforall-web-store-").FullName;
        await StoreDatabase.MigrateAsync(ConnectionStringFor(folder), TestContext.Current.CancellationToken);
        return new PreventionStore(folder, site.CreateFactory(new Dictionary<string, string> { [FeedbackModel.StoreSetting] = ConnectionStringFor(folder) }));
    }

    public StoreContext Context() => StoreDatabase.CreateContext(ConnectionString);

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }

    private static string ConnectionStringFor(string folder) => $"Data Source={Path.Combine(folder, "store.db")};Pooling=False";
}
