
namespace CareForAll.Statistics.Tests;

/// <summary>
/// The quantile algorithm of the OHID Technical Guide "Assigning deprivation categories", as applied by
/// PHEindicatormethods <c>phe_quantile</c>; expected values worked by hand from its formula.
/// </summary>
public class QuantilesTests
{
    [Fact]
    public void TenValuesFallTwoToAQuintileLowestFirst()
    {
        var values = new double[] { 7, 3, 10, 1, 5, 9, 2, 8, 4, 6 };
        var quintiles = Quantiles.Assign(values, 5);

        Assert.Equal(new int?[] { 4, 2, 5, 1, 3, 5, 1, 4, 2, 3 }, quintiles);
    }

    [Fact]
    public void HigherIsBetterPutsTheHighestValuesInQuantileOne()
    {
        var values = new double[] { 7, 3, 10, 1, 5, 9, 2, 8, 4, 6 };
        var quintiles = Quantiles.Assign(values, 5, higherIsBetter: true);

        Assert.Equal(new int?[] { 2, 4, 1, 5, 3, 1, 5, 2, 4, 3 }, quintiles);
    }

    [Fact]
    public void UnevenGroupsFollowTheFormula()
    {
        // N = 7, q = 3: floor(4 − ceiling((8 − r)/(7/3))) for r = 1..7 gives 1,1,1,2,2,3,3.
        var tertiles = Quantiles.Assign([1, 2, 3, 4, 5, 6, 7], 3);
        Assert.Equal(new int?[] { 1, 1, 1, 2, 2, 3, 3 }, tertiles);
    }

    [Fact]
    public void TiesTakeTheLowerRank()
    {
        // Ranks (min method) 1, 2, 2, 4, 5, 6: the tied pair share the quantile of rank 2.
        var tertiles = Quantiles.Assign([10, 20, 20, 30, 40, 50], 3);
        Assert.Equal(new int?[] { 1, 1, 1, 2, 3, 3 }, tertiles);
    }

    [Fact]
    public void MissingValuesAndTooSmallGroupsGetNoQuantile()
    {
        Assert.Equal(new int?[] { 1, null, 2 }, Quantiles.Assign([1, double.NaN, 2], 2));
        Assert.All(Quantiles.Assign([1, 2, 3], 5), q => Assert.Null(q));
    }
}
