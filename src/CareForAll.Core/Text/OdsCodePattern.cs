namespace CareForAll.Core.Text;

/// <summary>Reads and writes ODS codes: three to six ASCII letters or digits, upper-cased on reading. Never throws.</summary>
public static class OdsCodePattern
{
    /// <summary>Parses an ODS code, or says why the text is not one.</summary>
    public static ParseResult<OdsCode> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ParseResult<OdsCode>.ForError("ODS code is empty.");
        }

        if (text.Length is < 3 or > 6)
        {
            return ParseResult<OdsCode>.ForError($"ODS code '{text}' has {text.Length} characters; it should have 3 to 6.");
        }

        if (!text.All(char.IsAsciiLetterOrDigit))
        {
            return ParseResult<OdsCode>.ForError($"ODS code '{text}' should contain only letters and digits.");
        }

        return ParseResult<OdsCode>.ForValue(OdsCode.FromCheckedText(text.ToUpperInvariant()));
    }

    /// <summary>Writes the upper-case code.</summary>
    public static string Format(OdsCode value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Code;
    }
}
