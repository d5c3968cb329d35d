using CareForAll.Measures.Definitions;
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
            AddSpells($"T{t}", 1000, 20);
        }

        AddSpells("Z", 10, 6);
        var measure = MeasureFileReader.Parse("test.yaml", """
            id: test-ratio
            version: 1
            title: Test ratio
            description: Deaths against a national rate
            domain: effectiveness
            unit: trust
            method: indirectly-standardised-ratio
            higher_is: worse
            status: draft
            owner: tests
            population:
              from: spell
              unit: provider_code
              date: discharge_date
            outcome: discharge_method = '4'
            covariates:
              - name: grp
                expression: specialty
            """);
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

    private void AddSpells(string trust, int count, int deaths)
    {
        lake.Repeat("spell", deaths, $"i, i, '{trust}', NULL, NULL, NULL, DATE '2008-06-01', DATE '2008-06-05', '21', 'emergency', 'ordinary', '4', '100', 'I219', '', NULL, '', NULL, 70, 'M', 5, 4");
        lake.Repeat("spell", count - deaths, $"i, i, '{trust}', NULL, NULL, NULL, DATE '2008-06-01', DATE '2008-06-05', '21', 'emergency', 'ordinary', '1', '100', 'I219', '', NULL, '', NULL, 70, 'M', 5, 4");
    }
}
