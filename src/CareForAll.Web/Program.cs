// The public site: `dotnet run --project src/CareForAll.Web -- --CareForAll:Lake=DIR --CareForAll:Results=DIR`,
// or `careforall serve --lake DIR --results DIR`.
var app = CareForAll.Web.WebSite.Build(args);
await app.RunAsync();

/// <summary>The site's entry point, public for <c>WebApplicationFactory</c> in tests.</summary>
public partial class Program;
