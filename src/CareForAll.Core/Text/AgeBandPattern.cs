namespace CareForAll.Core.Text;

/// <summary>Reads and writes age band labels: <c>0-4</c>, <c>5-9</c>, …, <c>85-89</c>, <c>90+</c>. Never throws.</summary>
public static class AgeBandPattern
{
    private static readonly Dictionary<string, AgeBand> ByLabel =
        AgeBand.All.ToDictionary(Format, StringComparer.Ordinal);

    /// <summary>Parses a band label, or says why the text is not one.</summary>
    public static ParseResult<AgeBand> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ParseResult<AgeBand>.ForError("Age band is empty.");
        }

        return ByLabel.TryGetValue(text, out var band)
            ? ParseResult<AgeBand>.ForValue(band)
            : ParseResult<AgeBand>.ForError(
                $"Age band '{text}' is not one of the 2013 European Standard Population bands 0-4, 5-9, …, 85-89, 90+.");
    }

    /// <summary>Writes the label, e.g. <c>85-89</c> or <c>90+</c>.</summary>
    public static string Format(AgeBand value) =>
        value.UpperAge is { } upper ? $"{value.LowerAge}-{upper}" : $"{value.LowerAge}+";
}
