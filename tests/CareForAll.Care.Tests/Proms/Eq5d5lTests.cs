using System.Globalization;
using System.Text.Json;
using CareForAll.Care.Proms;
using CareForAll.Core;
using CareForAll.Tests;

namespace CareForAll.Care.Tests.Proms;

public sealed class Eq5d5lTests
{
    private static readonly string CrosswalkFile = RepositoryPaths.SharedData("reference", "eq5d5l_crosswalk_uk.csv");

    private static readonly JsonElement Decrements = JsonDocument
        .Parse(File.ReadAllText(RepositoryPaths.SharedData("reference", "eq5d5l_england_devlin2018.json")))
        .RootElement.GetProperty("decrements");

    private static readonly string[] DimensionCodes = ["MO", "SC", "UA", "PD", "AD"];

    [Fact]
    public void EveryDecrementEqualsTheDevlin2018File()
    {
        Assert.Equal(20, Decrements.EnumerateObject().Count());
        foreach (var entry in Decrements.EnumerateObject())
        {
            var dimension = (Eq5dDimension)Array.IndexOf(DimensionCodes, entry.Name[..2]);
            var level = entry.Name[2] - '0';
            Assert.Equal(entry.Value.GetDouble(), Eq5d5lEnglandValueSet.Decrement(dimension, level));
        }

        foreach (var dimension in Enum.GetValues<Eq5dDimension>())
        {
            Assert.Equal(0.0, Eq5d5lEnglandValueSet.Decrement(dimension, 1));
        }
    }

    [Fact]
    public void FullHealthIsOneAndTheWorstStateIsMinusPoint285()
    {
        // Devlin et al. 2018 (Health Econ 27:7-22): 11111 = 1 and 55555 = 1 - (0.274+0.203+0.184+0.335+0.289) = -0.285.
        Assert.Equal(1.0, Eq5d5lEnglandValueSet.Index(Eq5d5lProfile.FromDigits("11111")));
        Assert.Equal(-0.285, Eq5d5lEnglandValueSet.Index(Eq5d5lProfile.FromDigits("55555")));
        var worst = 1 - Enumerable.Range(0, 5).Sum(d => Decrements.GetProperty(DimensionCodes[d] + "5").GetDouble());
        Assert.Equal(Math.Round(worst, 3), Eq5d5lEnglandValueSet.Index(Eq5d5lProfile.FromDigits("55555")));
    }

    [Fact]
    public void EveryStateIsOneMinusItsDecrementsFromTheFile()
    {
        foreach (var profile in AllStates())
        {
            var digits = profile.ToString();
            var expected = 1.0;
            for (var d = 0; d < 5; d++)
            {
                if (digits[d] != '1')
                {
                    expected -= Decrements.GetProperty(DimensionCodes[d] + digits[d]).GetDouble();
                }
            }

            Assert.Equal(Math.Round(expected, 3), Eq5d5lEnglandValueSet.Index(profile), 12);
        }
    }

    [Fact]
    public void CrosswalkGivesTheReferenceTableValueForAll3125States()
    {
        // van Hout et al. 2012 (Value Health 15:708-715), UK column, as in the shared reference table.
        var crosswalk = Eq5d5lCrosswalk.Load(CrosswalkFile);
        var rows = File.ReadAllLines(CrosswalkFile).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(3125, rows.Count);
        foreach (var row in rows)
        {
            Assert.Equal(double.Parse(row[1], CultureInfo.InvariantCulture), crosswalk.Index(Eq5d5lProfile.FromDigits(row[0])));
        }

        Assert.Equal(1.0, crosswalk.Index(Eq5d5lProfile.FromDigits("11111")));
        Assert.Equal(-0.594, crosswalk.Index(Eq5d5lProfile.FromDigits("55555")));
    }

    [Fact]
    public void CrosswalkTableMissingAStateIsRefusedNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"crosswalk-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path, File.ReadAllLines(CrosswalkFile).SkipLast(1));
        try
        {
            var error = Assert.Throws<InputException>(() => Eq5d5lCrosswalk.Load(path));
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
            Assert.Contains("3124 states", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("1111")]
    [InlineData("111111")]
    [InlineData("11161")]
    [InlineData("01111")]
    [InlineData("1a111")]
    public void ProfilesThatAreNotFiveDigitsOneToFiveAreRefused(string digits)
    {
        Assert.False(Eq5d5lProfile.TryFromDigits(digits, out _));
        Assert.Contains("five digits", Assert.Throws<FormatException>(() => Eq5d5lProfile.FromDigits(digits)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProfileRoundTripsThroughItsDigits()
    {
        var profile = new Eq5d5lProfile(1, 2, 3, 4, 5);
        Assert.Equal("12345", profile.ToString());
        Assert.Equal(profile, Eq5d5lProfile.FromDigits("12345"));
        Assert.Equal(4, profile.Level(Eq5dDimension.PainDiscomfort));
    }

    private static IEnumerable<Eq5d5lProfile> AllStates() =>
        from mo in Enumerable.Range(1, 5)
        from sc in Enumerable.Range(1, 5)
        from ua in Enumerable.Range(1, 5)
        from pd in Enumerable.Range(1, 5)
        from ad in Enumerable.Range(1, 5)
        select new Eq5d5lProfile(mo, sc, ua, pd, ad);
}
