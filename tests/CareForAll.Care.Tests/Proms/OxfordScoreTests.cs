using CareForAll.Care.Proms;
using FsCheck.Xunit;

namespace CareForAll.Care.Tests.Proms;

/// <summary>
/// Missing-item rule from Murray et al. J Bone Joint Surg Br 2007;89:1010-4 and the NHS PROMs guidance: up to two
/// unanswered items are replaced by the mean of the answered items; more than two, no score.
/// </summary>
public sealed class OxfordScoreTests
{
    [Fact]
    public void AllTwelveAnsweredGivesTheirSum()
    {
        int?[] items = [4, 4, 3, 3, 2, 2, 1, 1, 0, 0, 4, 4];
        Assert.Equal(28.0, OxfordScore.Total(items));
        Assert.Equal(48.0, OxfordScore.Total(Enumerable.Repeat<int?>(4, 12).ToArray()));
        Assert.Equal(0.0, OxfordScore.Total(Enumerable.Repeat<int?>(0, 12).ToArray()));
    }

    [Fact]
    public void TwoMissingAreReplacedByTheMeanOfTheTenAnswered()
    {
        int?[] items = [4, 4, 3, 3, 2, 2, 1, 1, null, null, 4, 4];
        // answered sum 28 over 10 items, mean 2.8; total 28 + 2 x 2.8 = 33.6
        Assert.Equal(33.6, OxfordScore.Total(items)!.Value, 12);
    }

    [Fact]
    public void ThreeMissingGivesNoScore()
    {
        int?[] items = [4, 4, 3, 3, 2, 2, 1, null, null, null, 4, 4];
        Assert.Null(OxfordScore.Total(items));
    }

    [Fact]
    public void WrongItemCountOrItemOutsideZeroToFourIsRefused()
    {
        Assert.Throws<ArgumentException>(() => OxfordScore.Total(new int?[11]));
        int?[] items = [5, 4, 3, 3, 2, 2, 1, 1, 0, 0, 4, 4];
        Assert.Contains("item 1", Assert.Throws<ArgumentOutOfRangeException>(() => OxfordScore.Total(items)).Message, StringComparison.Ordinal);
    }

    [Property]
    public bool TotalStaysWithinZeroToFortyEightWhenAtMostTwoAreMissing(byte[] seeds)
    {
        var items = Enumerable.Range(0, 12).Select(i => (int?)((i < seeds.Length ? seeds[i] : i) % 5)).ToArray();
        for (var i = 0; i < Math.Min(2, seeds.Length); i++)
        {
            items[seeds[i] % 12] = null;
        }

        var total = OxfordScore.Total(items);
        return total is >= 0 and <= 48;
    }
}
