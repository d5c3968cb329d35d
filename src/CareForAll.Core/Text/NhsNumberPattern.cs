namespace CareForAll.Core.Text;

/// <summary>
/// Reads and writes NHS numbers. Accepts ten digits, or 3-3-4 groups separated by single spaces or single
/// hyphens (<c>943 476 5919</c>, <c>943-476-5919</c>); writes <c>943 476 5919</c>. Never throws.
/// </summary>
public static class NhsNumberPattern
{
    /// <summary>Parses an NHS number, or says why the text is not one.</summary>
    public static ParseResult<NhsNumber> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ParseResult<NhsNumber>.ForError("NHS number is empty.");
        }

        if (text.Length == 12)
        {
            var separator = text[3];
            if ((separator is ' ' or '-') && text[7] == separator)
            {
                return ParseDigits(string.Concat(text.AsSpan(0, 3), text.AsSpan(4, 3), text.AsSpan(8, 4)), text);
            }
        }

        return ParseDigits(text, text);
    }

    /// <summary>Writes <c>943 476 5919</c>.</summary>
    public static string Format(NhsNumber value)
    {
        var digits = value.Digits;
        return $"{digits[..3]} {digits[3..6]} {digits[6..]}";
    }

    /// <summary>Parses exactly ten digits with no separators.</summary>
    internal static ParseResult<NhsNumber> ParseDigits(string? digits) => ParseDigits(digits, digits);

    private static ParseResult<NhsNumber> ParseDigits(string? digits, string? original)
    {
        if (string.IsNullOrEmpty(digits))
        {
            return ParseResult<NhsNumber>.ForError("NHS number is empty.");
        }

        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit))
        {
            return ParseResult<NhsNumber>.ForError(
                $"NHS number '{original}' is not ten digits (written 9434765919 or 943 476 5919).");
        }

        var number = long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        var expected = NhsNumber.CheckDigitFor(number / 10);
        if (expected == 10)
        {
            return ParseResult<NhsNumber>.ForError(
                $"NHS number '{original}' is not valid: no check digit exists for its first nine digits.");
        }

        if (expected != number % 10)
        {
            return ParseResult<NhsNumber>.ForError(
                $"NHS number '{original}' fails the Modulus 11 check: the last digit should be {expected}.");
        }

        return ParseResult<NhsNumber>.ForValue(NhsNumber.FromCheckedDigits(number));
    }
}
