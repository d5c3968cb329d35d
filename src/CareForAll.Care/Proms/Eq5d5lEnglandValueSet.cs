namespace CareForAll.Care.Proms;

/// <summary>
/// The EQ-5D-5L value set for England: index = 1 − the sum of one decrement per dimension (level 1 has none),
/// an additive model with 20 level decrements and no constant.
/// </summary>
/// <remarks>
/// Devlin NJ, Shah KK, Feng Y, Mulhern B, van Hout B. Valuing health-related quality of life: An EQ-5D-5L value set
/// for England. Health Econ 2018;27(1):7–22. doi:10.1002/hec.3564. The index runs from −0.285 (55555) to 1 (11111) and
/// is rounded to the value set's 3 decimal places. Pure and thread-safe.
/// </remarks>
public static class Eq5d5lEnglandValueSet
{
    /// <summary>Decrements by dimension (row, in <see cref="Eq5dDimension"/> order) and level 1–5 (column).</summary>
    private static readonly double[,] Decrements =
    {
        { 0, 0.058, 0.076, 0.207, 0.274 }, // mobility
        { 0, 0.050, 0.080, 0.164, 0.203 }, // self-care
        { 0, 0.050, 0.063, 0.162, 0.184 }, // usual activities
        { 0, 0.063, 0.084, 0.276, 0.335 }, // pain/discomfort
        { 0, 0.078, 0.104, 0.285, 0.289 }, // anxiety/depression
    };

    /// <summary>The decrement for <paramref name="level"/> (1–5) on <paramref name="dimension"/>.</summary>
    public static double Decrement(Eq5dDimension dimension, int level) =>
        level is >= 1 and <= 5
            ? Decrements[(int)dimension, level - 1]
            : throw new ArgumentOutOfRangeException(nameof(level), level, "EQ-5D-5L level must be from 1 to 5");

    /// <summary>The England index of <paramref name="profile"/>, to 3 decimal places.</summary>
    public static double Index(Eq5d5lProfile profile)
    {
        var sum = 0.0;
        foreach (var dimension in Enum.GetValues<Eq5dDimension>())
        {
            sum += Decrement(dimension, profile.Level(dimension));
        }

        return Math.Round(1 - sum, 3, MidpointRounding.AwayFromZero);
    }
}
