using FsCheck;
using FsCheck.Xunit;

namespace CareForAll.Statistics.Tests;

public class DisclosureControlTests
{
    [Fact]
    public void SmallCountAndTheCellsThatWouldRevealItAreSuppressed()
    {
        long[][] counts = [[10, 3, 20], [15, 12, 30], [25, 40, 9]];
        var table = DisclosureControl.Suppress(counts);

        Assert.Null(table.Cell(0, 1));  // primary: 3
        Assert.Null(table.Cell(0, 0));  // row 0 complement: smallest other, 10
        Assert.Null(table.Cell(1, 1));  // column 1 complement: 12
        Assert.Null(table.Cell(1, 0));  // column 0 complement: 15
        Assert.Equal(20, table.Cell(0, 2));
        Assert.Equal(33, table.RowTotal(0));
        Assert.Equal(164, table.GrandTotal);
        Assert.Equal(4, table.SuppressedCount);
    }

    [Fact]
    public void ZerosAndEightsAreShown()
    {
        var table = DisclosureControl.Suppress([[0, 8], [8, 0]]);
        Assert.Equal(0, table.SuppressedCount);
    }

    [Fact]
    public void RoundingToFiveAppliesToShownCounts()
    {
        var table = DisclosureControl.Suppress([[12, 13], [20, 102]], roundToNearestFive: true);

        Assert.Equal(10, table.Cell(0, 0));
        Assert.Equal(15, table.Cell(0, 1));
        Assert.Equal(25, table.RowTotal(0));
        Assert.Equal(145, table.GrandTotal); // 147 → 145
    }

    [Property]
    public bool NoSmallCountIsShownAndNoLineHasASingleHiddenEntry(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var rows = random.Next(1, 6);
        var columns = random.Next(1, 6);
        var counts = Enumerable.Range(0, rows)
            .Select(_ => (IReadOnlyList<long>)[.. Enumerable.Range(0, columns).Select(_ => (long)random.Next(0, 40))])
            .ToList();
        var table = DisclosureControl.Suppress(counts);

        long? At(int r, int c) => r == rows ? (c == columns ? table.GrandTotal : table.ColumnTotal(c)) : c == columns ? table.RowTotal(r) : table.Cell(r, c);
        for (var r = 0; r <= rows; r++)
        {
            for (var c = 0; c <= columns; c++)
            {
                if (At(r, c) is long shown && shown >= 1 && shown <= 7)
                {
                    return false;
                }
            }
        }

        var rowLines = Enumerable.Range(0, rows + 1).Select(r => Enumerable.Range(0, columns + 1).Count(c => At(r, c) is null));
        var columnLines = Enumerable.Range(0, columns + 1).Select(c => Enumerable.Range(0, rows + 1).Count(r => At(r, c) is null));
        return rowLines.Concat(columnLines).All(hidden => hidden != 1);
    }
}
