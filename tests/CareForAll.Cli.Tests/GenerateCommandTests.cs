using System.Text.Json;

namespace CareForAll.Cli.Tests;

public sealed class GenerateCommandTests
{
    [Fact]
    public void Generate_WritesEveryTableAndTheManifest()
    {
        var dir = Path.Combine(Directory.CreateTempSubdirectory("careforall-generate-").FullName, "lake");
        try
        {
            var (code, output, error) = MeasureCommandTests.Run("generate", "--scale", "0.001", "--seed", "3", "--out", dir);

            Assert.True(code == 0, error);
            Assert.Contains("patient", output, StringComparison.Ordinal);
            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")));
            Assert.Equal(3, manifest.RootElement.GetProperty("seed").GetInt32());
            foreach (var table in new[] { "organisation", "patient", "spell", "ae_attendance", "proms_response", "population" })
            {
                Assert.NotEmpty(Directory.GetFiles(Path.Combine(dir, table), "*.parquet"));
            }

            Assert.True(File.Exists(Path.Combine(dir, "truth.json")));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(dir)!, recursive: true);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("3")]
    public void Generate_ScaleOutOfRange_IsAUsageError(string scale)
    {
        var (code, _, error) = MeasureCommandTests.Run("generate", "--scale", scale, "--out", Path.GetTempPath());

        Assert.Equal(1, code);
        Assert.Contains("--scale", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownVerb_IsAUsageErrorOnOneLine()
    {
        var (code, _, error) = MeasureCommandTests.Run("no-such-verb");

        Assert.Equal(1, code);
        Assert.StartsWith("careforall: ", error, StringComparison.Ordinal);
    }
}
