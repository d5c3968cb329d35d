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

    [Fact]
    public void TextColumnsOfRepeatedValuesAreDictionaryEncoded()
    {
        // DuckDB filters a dictionary-encoded column once per distinct value instead of once per row (the measures
        // filter 240 million observations by kind at scale 1.0); identifiers and other mostly distinct text stay plain.
        var (a, _, _) = lakes.Tiny;
        using var connection = Lake.Open(a);
        Dictionary<string, string> Encodings(string table) => Sql.Rows(connection, $"""
            SELECT path_in_schema, string_agg(DISTINCT encodings, ',')
            FROM parquet_metadata('{Path.Combine(a, table, "part-00000.parquet")}') GROUP BY ALL
            """).ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        var observation = Encodings("observation");
        Assert.Contains("DICTIONARY", observation["kind"], StringComparison.Ordinal);
        Assert.Contains("DICTIONARY", observation["practice_code"], StringComparison.Ordinal);
        Assert.DoesNotContain("DICTIONARY", Encodings("organisation")["code"], StringComparison.Ordinal);
        Assert.True(Sql.Scalar(connection, "SELECT count(*) FROM observation WHERE kind = 'hba1c'") > 0);
    }

    [Fact]
    public void MissingLakeFolderIsReportedAsBadInput()
    {
        var missing = Path.Combine(Path.GetTempPath(), "careforall-no-such-lake-" + Guid.NewGuid());
        var error = Assert.Throws<CareForAll.Core.InputException>(() => Lake.Open(missing));
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(3.0)]
    public void ScaleOutsideZeroToTwoIsRejected(double scale) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Synthetic.GenerationOptions(scale, 1));

    private static List<string> Files(string dir) =>
        [.. Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(dir, f)).Order(StringComparer.Ordinal)];
}
