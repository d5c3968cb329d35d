namespace CareForAll.Web.Publishing;

/// <summary>The headings the site gives the measure domains (docs/measures.md).</summary>
public static class Domains
{
    public static string HeadingFor(string domain) => domain switch
    {
        "effectiveness" => "Effective care",
        "safety" => "Safe care",
        "experience" => "What patients say",
        "access" => "Access and waiting times",
        "prevention" => "Keeping people well",
        _ => domain,
    };
}
