using CareForAll.Measures.Definitions;
using CareForAll.Tests;

namespace CareForAll.Measures.Tests;

/// <summary>
/// Emergency spells that end in death or discharge, and the indirectly standardised death ratio over them that the
/// model tests run (outcome: discharge method 4, died; covariates named in the measure).
/// </summary>
internal static class SpellDeaths
{
    /// <summary>Adds <paramref name="count"/> spells at <paramref name="trust"/> in <paramref name="specialty"/>, of which <paramref name="deaths"/> died.</summary>
    public static void AddSpells(this HandBuiltLake lake, string trust, string specialty, int count, int deaths, string sex = "M")
    {
        lake.Repeat("spell", deaths, Spell(trust, specialty, sex, "4"));
        lake.Repeat("spell", count - deaths, Spell(trust, specialty, sex, "1"));
    }

    /// <summary>A test death ratio by trust, adjusted for <paramref name="covariates"/> (name and SQL expression over spell).</summary>
    public static MeasureDefinition DeathRatio(string description, params (string Name, string Expression)[] covariates) =>
        MeasureFileReader.Parse("test.yaml", $"""
            id: test-ratio
            version: 1
            title: Test ratio
            description: {description}
            domain: effectiveness
            unit: trust
            method: indirectly-standardised-ratio
            higher_is: worse
            status: draft
            owner: tests
            population:
              from: spell
              unit: provider_code
              date: discharge_date
            outcome: discharge_method = '4'
            covariates:
            {string.Concat(covariates.Select(c => $"  - name: {c.Name}\n    expression: {c.Expression}\n"))}
            """);

    private static string Spell(string trust, string specialty, string sex, string dischargeMethod) =>
        $"i, i, '{trust}', NULL, NULL, NULL, DATE '2008-06-01', DATE '2008-06-05', '21', 'emergency', 'ordinary', '{dischargeMethod}', '{specialty}', 'I219', '', NULL, '', NULL, 70, '{sex}', 5, 4";
}
