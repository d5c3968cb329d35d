namespace CareForAll.Core.Text;

/// <summary>The dotted and compact spellings of ICD-10 and OPCS-4 codes, which put a dot after the third character.</summary>
internal static class CodeText
{
    private const int DotPosition = 3;

    /// <summary>Upper-cases and removes a dot after the third character; null when a dot is anywhere else.</summary>
    internal static string? ToCompact(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return text.ToUpperInvariant();
        }

        return dot == DotPosition && dot < text.Length - 1 && text.LastIndexOf('.') == dot
            ? text.Remove(dot, 1).ToUpperInvariant()
            : null;
    }

    /// <summary>The code with a dot after the third character when it has four or more.</summary>
    internal static string ToDotted(string compact) =>
        compact.Length > DotPosition ? compact.Insert(DotPosition, ".") : compact;
}
