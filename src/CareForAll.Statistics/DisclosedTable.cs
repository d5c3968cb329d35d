namespace CareForAll.Statistics;

/// <summary>
/// A table of counts after statistical disclosure control: the interior cells with their row, column and
/// grand totals, each either shown (possibly rounded) or suppressed (null).
/// </summary>
/// <remarks>Immutable. Rows and columns are numbered from 0 as in the input table.</remarks>
public sealed class DisclosedTable
{
    private readonly long?[,] grid;

    internal DisclosedTable(long?[,] grid)
    {
        this.grid = grid;
    }

    /// <summary>The number of interior rows.</summary>
    public int Rows => grid.GetLength(0) - 1;

    /// <summary>The number of interior columns.</summary>
    public int Columns => grid.GetLength(1) - 1;

    /// <summary>The shown count of an interior cell, or null when suppressed.</summary>
    public long? Cell(int row, int column) => grid[CheckRow(row), CheckColumn(column)];

    /// <summary>The shown total of a row, or null when suppressed.</summary>
    public long? RowTotal(int row) => grid[CheckRow(row), Columns];

    /// <summary>The shown total of a column, or null when suppressed.</summary>
    public long? ColumnTotal(int column) => grid[Rows, CheckColumn(column)];

    /// <summary>The shown grand total, or null when suppressed.</summary>
    public long? GrandTotal => grid[Rows, Columns];

    /// <summary>The number of interior cells and totals suppressed.</summary>
    public int SuppressedCount
    {
        get
        {
            var count = 0;
            foreach (var value in grid)
            {
                count += value is null ? 1 : 0;
            }

            return count;
        }
    }

    private int CheckRow(int row) =>
        row >= 0 && row < Rows ? row : throw new ArgumentOutOfRangeException(nameof(row), row, $"Rows run from 0 to {Rows - 1}.");

    private int CheckColumn(int column) =>
        column >= 0 && column < Columns ? column : throw new ArgumentOutOfRangeException(nameof(column), column, $"Columns run from 0 to {Columns - 1}.");
}
