using System.Globalization;
using CareForAll.Store.Identity;
using DuckDB.NET.Data;

namespace CareForAll.Care.Questionnaires;

/// <summary>The patient the demo signs in as: someone in the lake whose PROMs questionnaires are due.</summary>
public static class PromsDemoPatient
{
    /// <summary>
    /// The query: the latest hip or knee replacement without six-month answers whose patient is registered with a
    /// practice that has a commissioner.
    /// </summary>
    public const string Sql = """
        SELECT s.patient_id, g.practice_code, o.parent_code, s.provider_code
        FROM spell s
        JOIN gp_registration g ON g.patient_id = s.patient_id AND g.end_date IS NULL
        JOIN organisation o ON o.code = g.practice_code AND o.parent_code IS NOT NULL
        WHERE substr(s.primary_procedure, 1, 3) IN ('W37', 'W38', 'W39', 'W40', 'W41', 'W42')
          AND NOT EXISTS (SELECT 1 FROM proms_response p WHERE p.spell_id = s.spell_id AND p.stage = 'post')
        ORDER BY s.admission_date DESC, s.spell_id
        LIMIT 1
        """;

    /// <summary>Where to put the demo users on <paramref name="lake"/>; null when the lake has no such patient.</summary>
    public static DemoPlacement? Find(DuckDBConnection lake)
    {
        ArgumentNullException.ThrowIfNull(lake);
        using var command = lake.CreateCommand();
        command.CommandText = Sql;
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new DemoPlacement(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), reader.GetString(1), reader.GetString(2), reader.GetString(3))
            : null;
    }
}
