namespace CareForAll.Data.Ingestion;

/// <summary>
/// One boxed object per value for the values rows repeat most: dates (a few tens of thousands of days), small whole
/// numbers and booleans. Rows hold their values as objects; sharing these boxes spares the garbage collector one
/// allocation per value. A box is never changed once made, so sharing it between rows and threads is safe.
/// </summary>
internal static class SharedBoxes
{
    private const int SmallestInt = -1;
    private const int LargestInt = 4095;

    private static readonly int FirstDay = new DateOnly(1800, 1, 1).DayNumber;
    private static readonly int LastDay = new DateOnly(2200, 12, 31).DayNumber;

    private static readonly object?[] Dates = new object?[LastDay - FirstDay + 1];
    private static readonly object?[] Ints = new object?[LargestInt - SmallestInt + 1];
    private static readonly object[] SmallInts = [.. Enumerable.Range(sbyte.MinValue, 256).Select(b => (object)(sbyte)b)];
    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>A box holding <paramref name="date"/>.</summary>
    public static object Of(DateOnly date)
    {
        var day = date.DayNumber;
        if (day < FirstDay || day > LastDay)
        {
            return date;
        }

        // two threads may box the same day at once; either box will do
        return Dates[day - FirstDay] ??= date;
    }

    /// <summary>A box holding <paramref name="value"/>.</summary>
    public static object Of(int value) => value is < SmallestInt or > LargestInt ? value : Ints[value - SmallestInt] ??= value;

    /// <summary>A box holding <paramref name="value"/>.</summary>
    public static object Of(sbyte value) => SmallInts[value - sbyte.MinValue];

    /// <summary>A box holding <paramref name="value"/>.</summary>
    public static object Of(bool value) => value ? True : False;
}
