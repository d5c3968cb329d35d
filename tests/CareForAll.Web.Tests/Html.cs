using AngleSharp;
using AngleSharp.Dom;

namespace CareForAll.Web.Tests;

/// <summary>Fetches a page from the in-process site and parses it with AngleSharp.</summary>
internal static class Html
{
    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html), TestContext.Current.CancellationToken);
        return (response, document);
    }

    /// <summary>The text of an element with runs of white space collapsed.</summary>
    public static string Text(this IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
