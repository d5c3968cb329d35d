using CareForAll.Core;
using CareForAll.Measures.Definitions;

namespace CareForAll.Measures.Tests;

public sealed class MeasureFileReaderTests
{
    private const string Valid = """
        id: test-proportion
        version: 3
        title: Test
        description: A test measure
        domain: access
        unit: trust
        method: proportion
        higher_is: better
        status: approved
        owner: tests
        multiplier: 100
        population:
          from: ae_attendance
          unit: provider_code
          date: CAST(arrival_time AS DATE)
        numerator: departure_time - arrival_time <= INTERVAL 4 HOUR
        """;

    [Fact]
    public void Parse_ValidFile_ReadsEveryField()
    {
        var m = MeasureFileReader.Parse("valid.yaml", Valid);

        Assert.Equal(("test-proportion", 3, "access", "trust", MeasureMethod.Proportion, true, 100.0),
            (m.Id, m.Version, m.Domain, m.Unit, m.Method, m.HigherIsBetter, m.Multiplier));
        Assert.Equal("ae_attendance", m.Population.From);
        Assert.Equal(Valid, m.SourceText);
    }

    public static TheoryData<string, string, string> Mistakes => new()
    {
        { "version: 3", "version: three", "line 2, field version: 'three' is not a whole number" },
        { "method: proportion", "method: ratio", "line 7, field method: 'ratio' is not one of" },
        { "domain: access", "domain: waiting", "line 5, field domain: 'waiting' is not one of" },
        { "higher_is: better", "higher_is: up", "line 8, field higher_is: 'up' is not one of" },
        { "owner: tests", "ownr: tests", "line 10: unknown key 'ownr'" },
        { "title: Test", "title: Test: bad", "line 3: not valid YAML" },
        { "id: test-proportion", "id: Test Proportion", "line 1, field id: 'Test Proportion' is not a measure id" },
        { "numerator: departure_time - arrival_time <= INTERVAL 4 HOUR", "", "field numerator: a proportion needs a numerator condition" },
        { "  unit: provider_code\n", "", "line 13, field unit: required key is missing" },
        { "status: approved", "status: live", "line 9, field status: 'live' is not one of" },
        { "multiplier: 100", "multiplier: -5", "line 11, field multiplier: '-5' is not a positive number" },
        { "owner: tests", "owner: tests\nrollup: [trust]", "field rollup: 'trust' is not a unit above trust" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Parse_MalformedFile_IsRefusedNamingFileLineAndReason(string original, string replacement, string expected)
    {
        var text = Valid.Replace(original, replacement, StringComparison.Ordinal);
        Assert.NotEqual(Valid, text);

        var error = Assert.Throws<InputException>(() => MeasureFileReader.Parse("bad.yaml", text));

        Assert.StartsWith("bad.yaml line ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFolder_TwoFilesWithOneId_IsRefused()
    {
        var folder = Directory.CreateTempSubdirectory("measures").FullName;
        File.WriteAllText(Path.Combine(folder, "a.yaml"), Valid);
        File.WriteAllText(Path.Combine(folder, "b.yaml"), Valid);

        var error = Assert.Throws<InputException>(() => MeasureFileReader.ReadFolder(folder));

        Assert.Contains("measure id 'test-proportion' is also defined in", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFolder_NewFile_IsANewIndicatorWithNoCode()
    {
        var folder = Directory.CreateTempSubdirectory("measures").FullName;
        File.WriteAllText(Path.Combine(folder, "new.yaml"), Valid.Replace("test-proportion", "new-indicator", StringComparison.Ordinal));

        Assert.Equal("new-indicator", Assert.Single(MeasureFileReader.ReadFolder(folder)).Id);
    }

    [Fact]
    public void BuiltInSet_HasTheNationalIndicatorsEachDocumented()
    {
        var measures = MeasureFileReader.ReadBuiltIn();

        Assert.True(measures.Count >= 27);
        Assert.All(measures, m => Assert.NotEmpty(m.References));
        Assert.Equal(MeasureFileReader.Domains.Order(), measures.Select(m => m.Domain).Distinct().Order());
        Assert.Contains(measures, m => m.Method == MeasureMethod.IndirectlyStandardisedRatio);
        Assert.Contains(measures, m => m.Method == MeasureMethod.CaseMixAdjustedMean);
        Assert.Contains(measures, m => m.Method == MeasureMethod.DirectlyStandardisedRate);
        Assert.Contains(measures, m => m.Method == MeasureMethod.Rate);
    }
}
