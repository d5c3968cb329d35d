using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace CareForAll.Web.Tests.Pages;

public sealed class HostingTests(SiteFixture site)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/api/measures")]
    [InlineData("/no-such-page")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string url)
    {
        var response = await site.Factory.CreateClient().GetAsync(url, Token);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Https_AddsHsts()
    {
        var client = site.Factory.CreateClient(new() { BaseAddress = new Uri("https://careforall.test") });

        var response = await client.GetAsync("/", Token);

        Assert.Contains("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_HaveNoInlineScriptOrStyle()
    {
        var (_, page) = await Html.GetAsync(site.Factory.CreateClient(), "/organisations/" + site.Factory.Services.GetRequiredService<CareForAll.Web.Publishing.PublishedData>().Organisations.First().Code);

        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.Empty(page.QuerySelectorAll("style, [style]"));
    }

    [Fact]
    public async Task AnUnexpectedError_IsAFriendly500WithoutTheException()
    {
        await using var factory = site.Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new ThrowingEndpoint())));

        var response = await factory.CreateClient().GetAsync("/test/throw", Token);
        var html = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Sorry, there is a problem with the service", html, StringComparison.Ordinal);
        Assert.DoesNotContain(ThrowingEndpoint.Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task PublicPages_AreCompressed_AndTheCachedCopyStillServesOtherBrowsers(string encoding)
    {
        var client = site.Factory.CreateClient();
        var url = "/organisations/" + site.Factory.Services.GetRequiredService<CareForAll.Web.Publishing.PublishedData>().Organisations.First().Code;

        var compressed = await GetAsync(client, url, encoding);
        var again = await GetAsync(client, url, encoding);
        var plain = await GetAsync(client, url, null);

        Assert.Equal(encoding, compressed.Content.Headers.ContentEncoding.Single());
        var bytes = await compressed.Content.ReadAsByteArrayAsync(Token);
        var text = await Decompress(encoding, bytes);
        Assert.Equal(await plain.Content.ReadAsStringAsync(Token), text);
        Assert.True(bytes.Length * 2 < text.Length, $"{bytes.Length} compressed bytes for {text.Length} characters");
        Assert.Equal(bytes, await again.Content.ReadAsByteArrayAsync(Token));
        Assert.Empty(plain.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task PersonalPages_AreNeverCompressed()
    {
        var response = await GetAsync(site.Factory.CreateClient(), "/account/sign-in", "gzip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string? encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(encoding);
        }

        return await client.SendAsync(request, Token);
    }

    private static async Task<string> Decompress(string encoding, byte[] bytes)
    {
        using var input = new MemoryStream(bytes);
        await using Stream stream = encoding == "br"
            ? new System.IO.Compression.BrotliStream(input, System.IO.Compression.CompressionMode.Decompress)
            : new System.IO.Compression.GZipStream(input, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(Token);
    }

    /// <summary>Adds <c>/test/throw</c> after the site's own pipeline, so its exception passes the site's handler.</summary>
    private sealed class ThrowingEndpoint : IStartupFilter
    {
        public const string Secret = "connection string with a password";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/test/throw", a => a.Run(_ => throw new InvalidOperationException(Secret)));
        };
    }
}
