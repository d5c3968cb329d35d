using System.Data.Common;
using DuckDB.NET.Data;

namespace CareForAll.Web.Account;

/// <summary>
/// The patient rows of the lake, read with DuckDB by <c>patient_id</c>. Only pages behind <c>AccessGuard</c> use it:
/// callers decide and audit first, then read. Opens a connection per call, so it is thread-safe.
/// </summary>
public sealed class PatientLake(string folder)
{
    /// <summary>How many admissions the record page lists, newest first.</summary>
    public const int RecentAdmissionCount = 10;

    /// <summary>True when the patient is (or was) registered with the practice or has a spell at the provider.</summary>
    public bool IsRegisteredOrTreated(long patientId, string organisationCode)
    {
        using var connection = CareForAll.Data.Lake.Open(folder);
        using var command = Command(connection, """
            SELECT EXISTS (SELECT 1 FROM gp_registration WHERE patient_id = $patient AND practice_code = $organisation)
                OR EXISTS (SELECT 1 FROM patient WHERE patient_id = $patient AND practice_code = $organisation)
                OR EXISTS (SELECT 1 FROM spell WHERE patient_id = $patient AND provider_code = $organisation)
            """, patientId, organisationCode);
        return command.ExecuteScalar() is true;
    }

    /// <summary>True when the lake has a patient with this id.</summary>
    public bool Exists(long patientId)
    {
        using var connection = CareForAll.Data.Lake.Open(folder);
        using var command = Command(connection, "SELECT EXISTS (SELECT 1 FROM patient WHERE patient_id = $patient)", patientId);
        return command.ExecuteScalar() is true;
    }

    /// <summary>The patient's record summary, or null when the lake has no such patient.</summary>
    public PatientRecordSummary? Read(long patientId)
    {
        using var connection = CareForAll.Data.Lake.Open(folder);
        string sex;
        int yearOfBirth;
        string? practice;
        using (var command = Command(connection, "SELECT sex, year(birth_date), practice_code FROM patient WHERE patient_id = $patient", patientId))
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read())
            {
                return null;
            }

            sex = reader.GetString(0);
            yearOfBirth = Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
            practice = reader.IsDBNull(2) ? null : reader.GetString(2);
        }

        var conditions = new List<RecordedCondition>();
        using (var command = Command(connection, "SELECT condition, diagnosed_date FROM condition WHERE patient_id = $patient ORDER BY diagnosed_date, condition", patientId))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                conditions.Add(new RecordedCondition(reader.GetString(0), reader.GetFieldValue<DateOnly>(1)));
            }
        }

        var admissions = new List<RecordedAdmission>();
        using (var command = Command(connection, $"""
            SELECT admission_date, discharge_date, provider_code, admission_type, primary_diagnosis FROM spell
            WHERE patient_id = $patient ORDER BY admission_date DESC, spell_id DESC LIMIT {RecentAdmissionCount}
            """, patientId))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                admissions.Add(new RecordedAdmission(
                    reader.GetFieldValue<DateOnly>(0), reader.GetFieldValue<DateOnly>(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
            }
        }

        return new PatientRecordSummary(patientId, sex, yearOfBirth, practice, conditions, admissions);
    }

    private static DbCommand Command(DuckDBConnection connection, string sql, long patientId, string? organisationCode = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new DuckDBParameter("patient", patientId));
        if (organisationCode is not null)
        {
            command.Parameters.Add(new DuckDBParameter("organisation", organisationCode));
        }

        return command;
    }
}
