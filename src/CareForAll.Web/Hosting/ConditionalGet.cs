using CareForAll.Web.Publishing;
using Microsoft.Net.Http.Headers;

namespace CareForAll.Web.Hosting;

/// <summary>
/// ETags and caching for the API and downloads. The published data do not change while the site runs, so a
/// response is fully determined by the data version and the request's path and query: the ETag is a hash of the
/// three, and a request whose <c>If-None-Match</c> carries it gets <c>304 Not Modified</c> without the work.
/// </summary>
public static class ConditionalGet
{
    /// <summary>How long clients and proxies may reuse an API response without asking again.</summary>
    public const int MaxAgeSeconds = 300;

    public static string ETagFor(PublishedData data, HttpRequest request)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{request.Path}{request.QueryString}"));
        return $"\"{data.Version}-{Convert.ToHexString(hash, 0, 8).ToLowerInvariant()}\"";
    }

    public static IApplicationBuilder UseConditionalGet(this IApplicationBuilder app, PathString prefix) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            || !context.Request.Path.StartsWithSegments(prefix))
        {
            await next(context);
            return;
        }

        var data = context.RequestServices.GetRequiredService<PublishedData>();
        var etag = ETagFor(data, context.Request);
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && (v == "*" || v.Split(',').Select(t => t.Trim()).Contains(etag))))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.Headers.ETag = etag;
            context.Response.Headers.CacheControl = CacheControl;
            return;
        }

        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                context.Response.Headers.ETag = etag;
                context.Response.Headers.CacheControl = CacheControl;
                context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
            }

            return Task.CompletedTask;
        });
        await next(context);
    });

    private static string CacheControl => $"public, max-age={MaxAgeSeconds}";
}
