namespace CareForAll.Core.Text;

/// <summary>
/// Reads OPCS-4 codes written <c>W37.1</c> or <c>W371</c> (either case) and writes them with the dot. Never throws.
/// </summary>
public static class Opcs4CodePattern
{
    /// <summary>Parses an OPCS-4 code, or says why the text is not one.</summary>
    public static ParseResult<Opcs4Code> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ParseResult<Opcs4Code>.ForError("OPCS-4 code is empty.");
        }

        var compact = CodeText.ToCompact(text);
        if (compact is null)
        {
            return ParseResult<Opcs4Code>.ForError($"OPCS-4 code '{text}' may only have a dot after its third character, as in W37.1.");
        }

        var shapeIsRight = compact.Length == 4 && char.IsAsciiLetter(compact[0]) && compact.Skip(1).All(char.IsAsciiDigit);
        return shapeIsRight
            ? ParseResult<Opcs4Code>.ForValue(Opcs4Code.FromCheckedCompact(compact))
            : ParseResult<Opcs4Code>.ForError($"OPCS-4 code '{text}' should be a letter and three digits, as in W37.1 or W371.");
    }

    /// <summary>Writes the code with a dot after the third character, e.g. <c>W37.1</c>.</summary>
    public static string Format(Opcs4Code value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return CodeText.ToDotted(value.Compact);
    }
}
