using System.Globalization;

namespace CareForAll.Care.Proms;

/// <summary>
/// An EQ-5D-5L health state: a level from 1 (no problems) to 5 (extreme problems / unable) on each of the five
/// dimensions, written as five digits in the order mobility, self-care, usual activities, pain/discomfort,
/// anxiety/depression (11111 is full health). Validated on construction; <c>default</c> is not a valid profile.
/// Equality is by value.
/// </summary>
public readonly record struct Eq5d5lProfile
{
    /// <summary>Validates each level (1–5); throws <see cref="ArgumentOutOfRangeException"/> naming the dimension.</summary>
    public Eq5d5lProfile(int mobility, int selfCare, int usualActivities, int painDiscomfort, int anxietyDepression)
    {
        Mobility = Check(mobility, nameof(mobility));
        SelfCare = Check(selfCare, nameof(selfCare));
        UsualActivities = Check(usualActivities, nameof(usualActivities));
        PainDiscomfort = Check(painDiscomfort, nameof(painDiscomfort));
        AnxietyDepression = Check(anxietyDepression, nameof(anxietyDepression));
    }

    public int Mobility { get; }

    public int SelfCare { get; }

    public int UsualActivities { get; }

    public int PainDiscomfort { get; }

    public int AnxietyDepression { get; }

    /// <summary>The level (1–5) on <paramref name="dimension"/>.</summary>
    public int Level(Eq5dDimension dimension) => dimension switch
    {
        Eq5dDimension.Mobility => Mobility,
        Eq5dDimension.SelfCare => SelfCare,
        Eq5dDimension.UsualActivities => UsualActivities,
        Eq5dDimension.PainDiscomfort => PainDiscomfort,
        Eq5dDimension.AnxietyDepression => AnxietyDepression,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "unknown EQ-5D dimension"),
    };

    /// <summary>True and the profile when <paramref name="digits"/> is exactly five digits, each 1–5.</summary>
    public static bool TryFromDigits(string? digits, out Eq5d5lProfile profile)
    {
        profile = default;
        if (digits is not { Length: 5 } || digits.Any(c => c is < '1' or > '5'))
        {
            return false;
        }

        profile = new Eq5d5lProfile(digits[0] - '0', digits[1] - '0', digits[2] - '0', digits[3] - '0', digits[4] - '0');
        return true;
    }

    /// <summary>The profile written as <paramref name="digits"/>; throws <see cref="FormatException"/> with a clear reason otherwise.</summary>
    public static Eq5d5lProfile FromDigits(string digits) =>
        TryFromDigits(digits, out var profile)
            ? profile
            : throw new FormatException($"'{digits}' is not an EQ-5D-5L profile: expected five digits, each from 1 to 5 "
                + "(mobility, self-care, usual activities, pain/discomfort, anxiety/depression), e.g. 11111");

    /// <summary>The five digits, e.g. "12345".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Mobility}{SelfCare}{UsualActivities}{PainDiscomfort}{AnxietyDepression}");

    private static int Check(int level, string dimension) =>
        level is >= 1 and <= 5 ? level : throw new ArgumentOutOfRangeException(dimension, level, $"{dimension} level must be from 1 to 5; got {level}");
}
