using CareForAll.Measures.Running;
using CareForAll.Tests;

namespace CareForAll.Measures.Tests;

public sealed class AggregateTableTests : IDisposable
{
    private readonly HandBuiltLake lake = new();

    public void Dispose() => lake.Dispose();

    [Fact]
    public void Query_OrdersRowsByEveryColumn_EmptyCellsLast()
    {
        // The rows come back in one order whatever order DuckDB's threads produce them in, so results and model fits
        // (which add the patterns up in turn) are the same from one run to the next.
        var table = AggregateTable.Query(lake.Connection, """
            SELECT * FROM (VALUES ('RBB', 2009, 'b', 1.0), ('RAA', 2009, NULL, 2.0), ('RAA', 2008, 'b', 3.0),
              ('RAA', 2009, 'a', 4.0), ('RAA', 2008, 'Z', 5.0)) AS t(unit_code, fy, pattern, trials)
            """);

        Assert.Equal([5.0, 3.0, 4.0, 2.0, 1.0], table.Rows.Select(r => table.Number(r, "trials")));
    }
}
