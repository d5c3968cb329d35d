using System.Globalization;

namespace CareForAll.Core.Text;

/// <summary>Reads and writes SNOMED CT concept ids as plain digits. Never throws.</summary>
public static class SnomedConceptIdPattern
{
    /// <summary>Parses a concept id, or says why the text is not one.</summary>
    public static ParseResult<SnomedConceptId> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ParseResult<SnomedConceptId>.ForError("SNOMED CT concept id is empty.");
        }

        if (text.Length is < 6 or > 18 || !text.All(char.IsAsciiDigit) || text[0] == '0')
        {
            return ParseResult<SnomedConceptId>.ForError(
                $"SNOMED CT concept id '{text}' should be 6 to 18 digits with no leading zero.");
        }

        var value = long.Parse(text, CultureInfo.InvariantCulture);
        var problem = SnomedConceptId.ProblemWith(value);
        return problem is null
            ? ParseResult<SnomedConceptId>.ForValue(SnomedConceptId.FromCheckedValue(value))
            : ParseResult<SnomedConceptId>.ForError(problem);
    }

    /// <summary>Writes the digits.</summary>
    public static string Format(SnomedConceptId value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Value.ToString(CultureInfo.InvariantCulture);
    }
}
