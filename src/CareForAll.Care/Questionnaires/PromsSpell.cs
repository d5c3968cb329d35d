using System.Globalization;
using DuckDB.NET.Data;

namespace CareForAll.Care.Questionnaires;

/// <summary>
/// A hospital spell (an operation) that PROMs are collected for, as the lake records it: a primary procedure of hip
/// replacement (OPCS-4 W37–W39) or knee replacement (W40–W42), as in the NHS PROMs programme.
/// </summary>
/// <param name="SpellId">The lake <c>spell_id</c>.</param>
/// <param name="PatientId">The patient.</param>
/// <param name="ProviderCode">The trust that operated.</param>
/// <param name="Procedure"><c>hip_replacement</c> or <c>knee_replacement</c>, as in the lake's proms_response.</param>
/// <param name="Age">Age on admission.</param>
/// <param name="Sex"><c>F</c> or <c>M</c>.</param>
/// <param name="AdmissionDate">The day of admission.</param>
public sealed record PromsSpell(long SpellId, long PatientId, string ProviderCode, string Procedure, int Age, string Sex, DateOnly AdmissionDate)
{
    /// <summary>The lake value of a hip replacement.</summary>
    public const string HipReplacement = "hip_replacement";

    /// <summary>The lake value of a knee replacement.</summary>
    public const string KneeReplacement = "knee_replacement";

    /// <summary>The query; parameter <c>$spell</c>.</summary>
    public const string Sql = """
        SELECT spell_id, patient_id, provider_code, primary_procedure, age_on_admission, sex, admission_date
        FROM spell WHERE spell_id = $spell
        """;

    /// <summary>The query of one patient's hip and knee replacements, oldest first; parameter <c>$patient</c>.</summary>
    public const string PatientSql = """
        SELECT spell_id, patient_id, provider_code, primary_procedure, age_on_admission, sex, admission_date
        FROM spell WHERE patient_id = $patient AND substr(primary_procedure, 1, 3) IN ('W37', 'W38', 'W39', 'W40', 'W41', 'W42')
        ORDER BY admission_date, spell_id
        """;

    /// <summary>The Oxford score that follows up this operation: the Hip Score for a hip, the Knee Score for a knee.</summary>
    public QuestionnaireKind OxfordQuestionnaire => Procedure == HipReplacement ? QuestionnaireKind.OxfordHip : QuestionnaireKind.OxfordKnee;

    /// <summary>The PROMs procedure of an OPCS-4 code, or null when PROMs are not collected for it.</summary>
    public static string? ProcedureOf(string? opcs4) => opcs4?.Length >= 3 ? opcs4[..3] switch
    {
        "W37" or "W38" or "W39" => HipReplacement,
        "W40" or "W41" or "W42" => KneeReplacement,
        _ => null,
    } : null;

    /// <summary>The spell from the lake; null when there is no such spell or it is not a hip or knee replacement.</summary>
    public static PromsSpell? Find(DuckDBConnection lake, long spellId) => Read(lake, Sql, "spell", spellId).FirstOrDefault();

    /// <summary>The patient's hip and knee replacements in the lake, oldest first.</summary>
    public static IReadOnlyList<PromsSpell> ForPatient(DuckDBConnection lake, long patientId) => Read(lake, PatientSql, "patient", patientId);

    private static List<PromsSpell> Read(DuckDBConnection lake, string sql, string parameter, long value)
    {
        ArgumentNullException.ThrowIfNull(lake);
        using var command = lake.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new DuckDBParameter(parameter, value));
        using var reader = command.ExecuteReader();
        var spells = new List<PromsSpell>();
        while (reader.Read())
        {
            if (ProcedureOf(reader.IsDBNull(3) ? null : reader.GetString(3)) is { } procedure)
            {
                spells.Add(new PromsSpell(
                    reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), procedure,
                    Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture), reader.GetString(5), DateOnly.FromDateTime(reader.GetDateTime(6))));
            }
        }

        return spells;
    }
}
