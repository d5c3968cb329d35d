using System.Globalization;

namespace CareForAll.Web.Tests.Proms;

/// <summary>
/// Patients of a lake with a hip or knee replacement whose six-month questionnaires are not in proms_response yet (so
/// they are due), and a copy of the fixture's lake for tests that write to it.
/// </summary>
internal static class PromsPatients
{
    /// <summary>The first patient (by spell id) with a <paramref name="procedure"/> whose six-month stage is unanswered.</summary>
    public static (long PatientId, long SpellId) WithSixMonthQuestionnaireDue(string lake, string procedure)
    {
        var codes = procedure == "hip" ? "'W37', 'W38', 'W39'" : "'W40', 'W41', 'W42'";
        using var connection = CareForAll.Data.Lake.Open(lake);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT patient_id, spell_id FROM spell s
            WHERE substr(primary_procedure, 1, 3) IN ({codes})
              AND NOT EXISTS (SELECT 1 FROM proms_response p WHERE p.spell_id = s.spell_id AND p.stage = 'post')
            ORDER BY spell_id LIMIT 1
            """;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), $"the lake has no {procedure} replacement without six-month answers");
        return (Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture));
    }

    /// <summary>A copy of <paramref name="lake"/> in a new temporary folder.</summary>
    public static string CopyLake(string lake)
    {
        var copy = Directory.CreateTempSubdirectory("careforall-proms-lake-").FullName;
        foreach (var file in Directory.EnumerateFiles(lake, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(lake, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    /// <summary>The lake's proms_response rows of one spell and stage: profile, index, VAS, Oxford score.</summary>
    public static IReadOnlyList<(string Profile, double Index, int Vas, int Oxford)> Responses(string lake, long spellId, string stage)
    {
        using var connection = CareForAll.Data.Lake.Open(lake);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT eq5d_profile, eq5d_index, eq5d_vas, oxford_score FROM proms_response WHERE spell_id = {spellId} AND stage = '{stage}'";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, double, int, int)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture),
                Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture)));
        }

        return rows;
    }
}
