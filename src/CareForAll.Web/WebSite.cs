using System.Text.Json;
using CareForAll.Web.Account;
using CareForAll.Web.Api;
using CareForAll.Web.Hosting;
using CareForAll.Web.Publishing;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace CareForAll.Web;

/// <summary>
/// Builds and runs the public site: Razor Pages for people, minimal APIs under <c>/api</c> for machines, both over
/// <see cref="PublishedData"/> (the lake's organisation table and the published results); signed-in users reach
/// patient records and the secured results only through the store's access policy (<see cref="SignInSetup"/>).
/// Settings: <c>CareForAll:Lake</c>, <c>CareForAll:Results</c> (folders) and <c>CareForAll:ApiRequestsPerMinute</c>.
/// </summary>
public static class WebSite
{
    public const string LakeSetting = "CareForAll:Lake";
    public const string ResultsSetting = "CareForAll:Results";
    public const string RateSetting = "CareForAll:ApiRequestsPerMinute";

    /// <summary>The address the site listens on when none is given.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>
    /// Serves the site for <paramref name="lake"/> and <paramref name="results"/> at <paramref name="urls"/> until cancelled.
    /// <paramref name="settings"/> adds others, e.g. <c>CareForAll:SeedDemoUsers=true</c> (see <see cref="Account.SignInSetup"/>).
    /// </summary>
    public static async Task RunAsync(
        string lake, string results, string urls, CancellationToken cancellationToken, int? apiRequestsPerMinute = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var args = new List<string> { $"--{LakeSetting}={lake}", $"--{ResultsSetting}={results}", $"--urls={urls}" };
        args.AddRange((settings ?? new Dictionary<string, string>()).Select(s => $"--{s.Key}={s.Value}"));
        if (apiRequestsPerMinute is int rate)
        {
            args.Add($"--{RateSetting}={rate}");
        }

        await using var app = Build([.. args]);
        await app.RunAsync(cancellationToken);
    }

    /// <summary>Builds the site from command-line style arguments (<c>--CareForAll:Lake=DIR</c> …).</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(WebSite).Assembly.GetName().Name,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var configuration = builder.Configuration;
        builder.Services.AddSingleton(_ => PublishedData.Load(
            configuration[LakeSetting] ?? throw new InvalidOperationException($"Set {LakeSetting} to the lake folder."),
            configuration[ResultsSetting] ?? throw new InvalidOperationException($"Set {ResultsSetting} to the results folder.")));
        builder.Services.AddRazorPages().AddApplicationPart(typeof(WebSite).Assembly);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "CareForAll open data API";
            document.Info.Description = "Published indicators of the quality of NHS care: organisations, measure definitions and results " +
                "(small numbers suppressed), as JSON, CSV and FHIR R4. Results are paged: page_size is at most " + Paging.MaxPageSize + ".";
            return Task.CompletedTask;
        }));
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        builder.Services.AddApiRateLimits(configuration.GetValue(RateSetting, ApiRateLimits.DefaultRequestsPerMinute));
        builder.Services.AddSignIn(configuration);
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        // The published data do not change while the site runs, so a page or API response can be reused for
        // any request with the same path and query. The cache key sorts repeated query values, so /compare (whose
        // column order follows ?codes=) is not cached.
        // The cache sits outside compression, so it keeps the compressed bytes once per Accept-Encoding.
        builder.Services.AddOutputCache(options => options.AddBasePolicy(policy => policy
            .With(c => !c.HttpContext.Request.Path.StartsWithSegments("/compare") && !SignInSetup.IsPersonal(c.HttpContext.Request.Path))
            .SetVaryByHeader(HeaderNames.AcceptEncoding)
            .Expire(TimeSpan.FromMinutes(10))));
        builder.Services.AddPublicCompression();

        var app = builder.Build();
        _ = app.Services.GetRequiredService<PublishedData>();
        app.UseExceptionHandler("/error");
        app.UseHsts();
        app.UseSecurityHeaders();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), site => site.UseStatusCodePagesWithReExecute("/not-found"));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new ManifestEmbeddedFileProvider(typeof(WebSite).Assembly, "Assets"),
            RequestPath = "/assets",
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=86400",
        });
        app.UseRouting();
        app.UseSignIn();
        app.UseRateLimiter();
        app.UseWhen(c => !SignInSetup.IsPersonal(c.Request.Path), shared => shared.UseConditionalGet("/api"));
        app.UseWhen(c => SignInSetup.IsPersonal(c.Request.Path), personal => personal.Use((context, next) =>
        {
            context.Response.Headers.CacheControl = "no-cache, no-store"; // as anti-forgery sets it, so it need not override
            context.Response.Headers.Pragma = "no-cache";
            return next(context);
        }));
        app.UseOutputCache();
        app.UsePublicCompression();
        app.MapOpenApi("/api/openapi.json");
        app.MapOrganisationsApi();
        app.MapMeasuresApi();
        app.MapResultsApi();
        app.MapSecuredResultsApi();
        app.MapFhirApi();
        app.MapRazorPages();
        return app;
    }
}
