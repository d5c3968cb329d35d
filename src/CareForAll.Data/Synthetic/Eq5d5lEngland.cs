namespace CareForAll.Data.Synthetic;

/// <summary>
/// The EQ-5D-5L value set for England: index = 1 − the sum of each dimension's level decrement (level 1 = 0),
/// dimensions in the order mobility, self-care, usual activities, pain/discomfort, anxiety/depression.
/// Devlin NJ, Shah KK, Feng Y, Mulhern B, van Hout B. Valuing health-related quality of life: an EQ-5D-5L value
/// set for England. Health Econ 2018;27(1):7–22, doi:10.1002/hec.3564.
/// </summary>
public static class Eq5d5lEngland
{
    /// <summary>Decrements for levels 2..5 of each dimension (MO, SC, UA, PD, AD), Devlin et al. 2018.</summary>
    private static readonly double[][] Decrements =
    [
        [0.058, 0.076, 0.207, 0.274],
        [0.050, 0.080, 0.164, 0.203],
        [0.050, 0.063, 0.162, 0.184],
        [0.063, 0.084, 0.276, 0.335],
        [0.078, 0.104, 0.285, 0.289],
    ];

    /// <summary>Dimension codes in state order.</summary>
    public static IReadOnlyList<string> Dimensions { get; } = ["MO", "SC", "UA", "PD", "AD"];

    /// <summary>The decrement for a dimension (0..4) at a level (1..5).</summary>
    public static double Decrement(int dimension, int level)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dimension);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimension, 4);
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 5);
        return level == 1 ? 0 : Decrements[dimension][level - 2];
    }

    /// <summary>The index of a five-digit profile such as "21232".</summary>
    public static double Index(string profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Length != 5 || profile.Any(c => c is < '1' or > '5'))
        {
            throw new ArgumentException($"EQ-5D-5L profile must be five digits 1-5, got '{profile}'", nameof(profile));
        }

        var index = 1.0;
        for (var d = 0; d < 5; d++)
        {
            index -= Decrement(d, profile[d] - '0');
        }

        return Math.Round(index, 3);
    }
}
