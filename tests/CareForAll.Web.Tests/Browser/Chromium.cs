using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareForAll.Web.Tests.Browser;

/// <summary>Debian's Chromium driven by Playwright, and the axe-core check every browser test makes of its pages.</summary>
internal sealed class Chromium : IAsyncDisposable
{
    public const string Executable = "/usr/bin/chromium";
    public const string Screens = "/tmp/careforall-screens";
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    private readonly IPlaywright playwright;

    private Chromium(IPlaywright playwright, IBrowser browser) => (this.playwright, Browser) = (playwright, browser);

    public IBrowser Browser { get; }

    public static async Task<Chromium> LaunchAsync()
    {
        Assert.True(File.Exists(Executable), $"{Executable} is missing: run ./test.sh, which installs Debian's chromium and chromium-driver.");
        Directory.CreateDirectory(Screens);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Executable,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new Chromium(playwright, browser);
    }

    /// <summary>Fails with axe-core's findings when the page has any WCAG 2.2 AA violation; saves a screenshot first when named.</summary>
    public static async Task AssertAccessibleAsync(IPage page, string? screenshot = null)
    {
        if (screenshot is not null)
        {
            await page.ScreenshotAsync(new() { Path = $"{Screens}/{screenshot}.png", FullPage = true });
        }

        var results = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
        Assert.True(results.Violations.Length == 0, string.Join("\n", results.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})")));
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}
