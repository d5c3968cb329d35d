using System.IO.Compression;
using CareForAll.Web.Account;
using Microsoft.AspNetCore.ResponseCompression;

namespace CareForAll.Web.Hosting;

/// <summary>
/// Brotli or gzip for public pages and the API (an organisation page shrinks about fourteen-fold), at the fastest
/// level because the output cache keeps the compressed copy. Personal pages (sign-in, records, audit, secured
/// results) and every page for a signed-in user are never compressed: they carry secrets such as antiforgery tokens,
/// and compressing secrets beside text a visitor can influence is what the BREACH attack exploits.
/// </summary>
public static class PublicCompression
{
    public static IServiceCollection AddPublicCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    public static IApplicationBuilder UsePublicCompression(this IApplicationBuilder app) =>
        app.UseWhen(
            c => !SignInSetup.IsPersonal(c.Request.Path) && c.User.Identity?.IsAuthenticated != true,
            site => site.UseResponseCompression());
}
