using CareForAll.Web.Api;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;

namespace CareForAll.Web.Pages;

/// <summary>One API operation as the reference page lists it, read from the OpenAPI document.</summary>
public sealed record ApiOperation(string Method, string Path, string Tag, string Summary, string Description, IReadOnlyList<(string Name, string In, bool Required, string Description)> Parameters);

/// <summary>Open data downloads and the API reference, rendered on the server from the OpenAPI document.</summary>
public sealed class OpenDataModel : PageModel
{
    /// <summary>The name of the OpenAPI document (<c>/api/openapi.json</c>).</summary>
    public const string DocumentName = "v1";

    public IReadOnlyList<ApiOperation> Operations { get; private set; } = [];

    public string Title { get; private set; } = "";

    public int MaxPageSize => Paging.MaxPageSize;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var provider = HttpContext.RequestServices.GetRequiredKeyedService<IOpenApiDocumentProvider>(DocumentName);
        var document = await provider.GetOpenApiDocumentAsync(cancellationToken);
        Title = document.Info.Title ?? "";
        Operations = [.. document.Paths
            .SelectMany(path => (path.Value.Operations ?? []).Select(op => new ApiOperation(
                op.Key.Method,
                path.Key,
                op.Value.Tags?.FirstOrDefault()?.Name ?? "",
                op.Value.Summary ?? "",
                op.Value.Description ?? "",
                [.. (op.Value.Parameters ?? []).Select(p => (p.Name ?? "", p.In?.ToString().ToLowerInvariant() ?? "", p.Required, p.Description ?? ""))])))
            .OrderBy(o => o.Tag, StringComparer.Ordinal).ThenBy(o => o.Path, StringComparer.Ordinal)];
    }
}
