namespace CareForAll.Data.Tests;

public sealed class DeterminismTests(GeneratedLakes lakes)
{
    [Fact]
    public void SameSeedAndScaleGiveByteIdenticalFiles()
    {
        var (a, b, _) = lakes.Tiny;
        var files = Files(a);
        Assert.Equal(files, Files(b));
        Assert.Contains("truth.json", files);
        Assert.Contains(Path.Combine("spell", "part-00000.parquet"), files);
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(a, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, file))), file + " differs");
        }
    }

    [Fact]
    public void DifferentSeedGivesDifferentPatients()
    {
        var (a, _, other) = lakes.Tiny;
        var path = Path.Combine("patient", "part-00000.parquet");
        Assert.False(File.ReadAllBytes(Path.Combine(a, path)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(other, path))));
    }

    [Fact]
    public void EveryTableIsWrittenAndOpensAsAView()
    {
        var (a, _, _) = lakes.Tiny;
        Assert.Equal(LakeSchema.Tables.Select(t => t.Name), Lake.Tables(a));
        using var connection = Lake.Open(a);
        foreach (var table in LakeSchema.Tables)
        {
            var described = Sql.Rows(connection, $"DESCRIBE \"{table.Name}\"");
            Assert.Equal(table.Columns.Select(c => (c.Name, c.SqlType)), described.Select(r => ((string)r[0]!, (string)r[1]!)));
        }

        Assert.True(Sql.Scalar(connection, "SELECT count(*) FROM spell") > 0);
    }

    private static List<string> Files(string dir) =>
        [.. Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(dir, f)).Order(StringComparer.Ordinal)];
}
