using CareForAll.Measures.Running;
using CareForAll.Tests;

namespace CareForAll.Measures.Tests;

/// <summary>What the published (small-number suppressed) copy of the results withholds, read back from the files.</summary>
public sealed class PublishedCopyTests : IDisposable
{
    private readonly HandBuiltLake lake = new();
    private readonly string folder = Directory.CreateTempSubdirectory("careforall-published-").FullName;

    public void Dispose()
    {
        lake.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void SuppressedRow_PublishedWithoutItsFunnelBand_SecuredKeepsIt()
    {
        // Ten trusts with 20 deaths in 1,000 spells each, and Z with 6 deaths in 10. One national rate (every spell
        // in the one covariate group), 206 / 10,010: Z expects 10 × 206 / 10,010 = 0.206 deaths and had 6, far above the 99.8% funnel
        // limit, so its band is worse_998. Six is a count of 1–7: published, its value is withheld, and its band would
        // say where the value lies, so it is withheld too.
        for (var t = 0; t < 10; t++)
        {
            lake.AddSpells($"T{t}", "100", 1000, 20);
        }

        lake.AddSpells("Z", "100", 10, 6);
        var measure = SpellDeaths.DeathRatio("Deaths against a national rate", ("grp", "specialty"));
        var run = new MeasureRunner(lake.Connection).Run(measure);

        ResultFiles.Write(folder, [run]);

        var secured = ResultFiles.Read(Path.Combine(folder, "secured", "results.csv")).Single(r => r.UnitCode == "Z");
        Assert.Equal(10 * 206 / 10_010.0, secured.Expected!.Value, 9);
        Assert.Equal(("worse_998", true), (secured.Band, secured.Suppressed));
        foreach (var file in new[] { "results.csv", "results.parquet" })
        {
            var published = ResultFiles.Read(Path.Combine(folder, "published", file)).Single(r => r.UnitCode == "Z");
            Assert.True(published.Suppressed);
            Assert.Null(published.Value);
            Assert.Equal("", published.Band);
        }

        var line = File.ReadLines(Path.Combine(folder, "published", "results.csv")).Single(l => l.Contains(",Z,", StringComparison.Ordinal));
        Assert.EndsWith(",,true", line, StringComparison.Ordinal);
        var unsuppressed = ResultFiles.Read(Path.Combine(folder, "published", "results.csv")).Single(r => r.UnitCode == "T0");
        Assert.Equal("as_expected", unsuppressed.Band);
    }

}
