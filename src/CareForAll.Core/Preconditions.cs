using CareForAll.Core.Text;

namespace CareForAll.Core;

/// <summary>
/// The argument guards every factory uses, so that an invalid value cannot be created. Each message names the
/// parameter and says what was wrong or which range is allowed.
/// </summary>
internal static class Preconditions
{
    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="argument"/> is null.</summary>
    internal static T CheckNotNull<T>(T? argument, string paramName)
        where T : class =>
        argument ?? throw new ArgumentNullException(paramName);

    /// <summary>Throws <see cref="ArgumentException"/> with <paramref name="reason"/> when the condition is false.</summary>
    internal static void CheckArgument(bool condition, string paramName, string reason)
    {
        if (!condition)
        {
            throw new ArgumentException(reason, paramName);
        }
    }

    /// <summary>Throws <see cref="InvalidOperationException"/> with <paramref name="reason"/> when the condition is false.</summary>
    internal static void CheckState(bool condition, string reason)
    {
        if (!condition)
        {
            throw new InvalidOperationException(reason);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless min ≤ value ≤ max.</summary>
    internal static int CheckArgumentRange(string paramName, int value, int minInclusive, int maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName, value, $"Value should be in the range {minInclusive} to {maxInclusive}.");
        }

        return value;
    }

    /// <summary>The parsed value, or an <see cref="ArgumentException"/> carrying the parse error.</summary>
    internal static T CheckParsed<T>(ParseResult<T> result, string paramName) =>
        result.TryGetValue(out var value) ? value : throw new ArgumentException(result.ErrorMessage, paramName);
}
