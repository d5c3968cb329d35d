namespace CareForAll.Core.Text;

/// <summary>
/// Reads a sex from the lake letter (F, M, either case) or the NHS Data Dictionary code (1 male, 2 female);
/// writes the upper-case letter. Never throws.
/// </summary>
public static class SexPattern
{
    /// <summary>Parses a sex, or says why the text is not one.</summary>
    public static ParseResult<Sex> Parse(string? text) => text switch
    {
        null or "" => ParseResult<Sex>.ForError("Sex is empty."),
        "F" or "f" or "2" => ParseResult<Sex>.ForValue(Sex.Female),
        "M" or "m" or "1" => ParseResult<Sex>.ForValue(Sex.Male),
        "0" or "9" or "X" or "x" => ParseResult<Sex>.ForError(
            $"Sex '{text}' means not known, not specified or indeterminate; only F/2 (female) and M/1 (male) are values."),
        _ => ParseResult<Sex>.ForError($"Sex '{text}' is not F, M, 1 (male) or 2 (female)."),
    };

    /// <summary>Writes F or M.</summary>
    public static string Format(Sex value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Letter.ToString();
    }
}
