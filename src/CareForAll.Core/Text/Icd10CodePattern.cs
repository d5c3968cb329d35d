namespace CareForAll.Core.Text;

/// <summary>
/// Reads ICD-10 codes written <c>I21.9</c> or <c>I219</c> (either case) and writes them with the dot. Never throws.
/// </summary>
public static class Icd10CodePattern
{
    /// <summary>Parses an ICD-10 code, or says why the text is not one.</summary>
    public static ParseResult<Icd10Code> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ParseResult<Icd10Code>.ForError("ICD-10 code is empty.");
        }

        var compact = CodeText.ToCompact(text);
        if (compact is null)
        {
            return ParseResult<Icd10Code>.ForError($"ICD-10 code '{text}' may only have a dot after its third character, as in I21.9.");
        }

        var shapeIsRight = compact.Length is >= 3 and <= 5
            && char.IsAsciiLetter(compact[0])
            && char.IsAsciiDigit(compact[1])
            && char.IsAsciiDigit(compact[2])
            && compact.Skip(3).All(char.IsAsciiLetterOrDigit);
        return shapeIsRight
            ? ParseResult<Icd10Code>.ForValue(Icd10Code.FromCheckedCompact(compact))
            : ParseResult<Icd10Code>.ForError(
                $"ICD-10 code '{text}' should be a letter, two digits and up to two more letters or digits, as in I21, I21.9 or R69X.");
    }

    /// <summary>Writes the code with a dot after the third character when it has four or more, e.g. <c>I21.9</c>.</summary>
    public static string Format(Icd10Code value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return CodeText.ToDotted(value.Compact);
    }
}
