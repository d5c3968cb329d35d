using System.Text.Json;
using CareForAll.Data.Synthetic;
using CareForAll.Tests;

namespace CareForAll.Data.Tests;

/// <summary>The EQ-5D-5L England value set against Devlin et al. 2018 (Health Econ 27:7–22), as tabulated in
/// shared/data/reference/eq5d5l_england_devlin2018.json.</summary>
public sealed class Eq5d5lEnglandTests
{
    private static readonly JsonElement Reference =
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.SharedData("reference", "eq5d5l_england_devlin2018.json"))).RootElement;

    [Fact]
    public void EveryDecrementMatchesThePublishedValueSet()
    {
        var decrements = Reference.GetProperty("decrements");
        for (var d = 0; d < 5; d++)
        {
            for (var level = 2; level <= 5; level++)
            {
                var name = Eq5d5lEngland.Dimensions[d] + level;
                Assert.Equal(decrements.GetProperty(name).GetDouble(), Eq5d5lEngland.Decrement(d, level), 10);
            }
        }
    }

    [Theory]
    [InlineData("11111")]
    [InlineData("55555")]
    [InlineData("21232")]
    [InlineData("34442")]
    public void IndexIsOneMinusTheSumOfDecrements(string profile)
    {
        var decrements = Reference.GetProperty("decrements");
        var expected = 1.0;
        for (var d = 0; d < 5; d++)
        {
            if (profile[d] != '1')
            {
                expected -= decrements.GetProperty(Eq5d5lEngland.Dimensions[d] + profile[d]).GetDouble();
            }
        }

        Assert.Equal(expected, Eq5d5lEngland.Index(profile), 3);
    }

    [Fact]
    public void WorstStateIsMinusPoint285()
    {
        // Devlin et al. 2018: the value set ranges from −0.285 (55555) to 1 (11111).
        Assert.Equal(-0.285, Eq5d5lEngland.Index("55555"), 3);
    }

    [Fact]
    public void MalformedProfileIsRejected() => Assert.Throws<ArgumentException>(() => Eq5d5lEngland.Index("1216"));
}
