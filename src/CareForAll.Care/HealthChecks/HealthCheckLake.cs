using System.Globalization;
using DuckDB.NET.Data;

namespace CareForAll.Care.HealthChecks;

/// <summary>
/// Reads, in one DuckDB query over the lake, the facts about every person registered with a practice on a day that
/// NHS Health Check eligibility (<see cref="HealthCheckEligibility"/>) and invitation priority
/// (<see cref="HealthCheckRisk"/>) need.
/// </summary>
/// <remarks>
/// Registered means a <c>gp_registration</c> at the practice that started on or before the day and had not ended by
/// it (registrations end on the death date). Measurements are the latest on or before the day; the systolic standard
/// deviation is that of the readings in the five years up to the day (null with fewer than two); treatments count
/// when prescribed in the 12 months up to the day.
/// </remarks>
public static class HealthCheckLake
{
    /// <summary>The query; parameters <c>$practice</c> (text) and <c>$day</c> (ISO date text).</summary>
    public const string PeopleSql = """
        WITH people AS (
            SELECT DISTINCT p.patient_id, g.practice_code, p.birth_date, p.sex, p.ethnic_category, p.townsend
            FROM gp_registration g JOIN patient p ON p.patient_id = g.patient_id
            WHERE g.practice_code = $practice AND g.start_date <= CAST($day AS DATE)
              AND (g.end_date IS NULL OR g.end_date > CAST($day AS DATE))
        ),
        registers AS (
            SELECT c.patient_id, string_agg(DISTINCT c.condition, ';') AS registers
            FROM condition c JOIN people USING (patient_id)
            WHERE c.diagnosed_date <= CAST($day AS DATE)
            GROUP BY c.patient_id
        ),
        medicines AS (
            SELECT m.patient_id,
                max(m.prescribed_date) FILTER (WHERE m.drug_class = 'statin') AS last_statin,
                coalesce(bool_or(m.drug_class = 'antihypertensive' AND m.prescribed_date > CAST($day AS DATE) - INTERVAL 12 MONTH), false) AS bp_treated,
                coalesce(bool_or(m.drug_class = 'antipsychotic' AND m.prescribed_date > CAST($day AS DATE) - INTERVAL 12 MONTH), false) AS antipsychotic,
                coalesce(bool_or(m.drug_class = 'steroid' AND m.prescribed_date > CAST($day AS DATE) - INTERVAL 12 MONTH), false) AS steroids
            FROM medication m JOIN people USING (patient_id)
            WHERE m.prescribed_date <= CAST($day AS DATE)
            GROUP BY m.patient_id
        ),
        measurements AS (
            SELECT o.patient_id,
                max(o.observed_date) FILTER (WHERE o.kind = 'cvd_risk') AS last_check,
                arg_max(o.value, o.observed_date) FILTER (WHERE o.kind = 'systolic_bp') AS systolic_bp,
                stddev_samp(o.value) FILTER (WHERE o.kind = 'systolic_bp' AND o.observed_date > CAST($day AS DATE) - INTERVAL 5 YEAR) AS systolic_bp_sd,
                arg_max(o.value, o.observed_date) FILTER (WHERE o.kind = 'total_cholesterol') AS total_cholesterol,
                arg_max(o.value, o.observed_date) FILTER (WHERE o.kind = 'hdl_cholesterol') AS hdl_cholesterol,
                arg_max(o.value, o.observed_date) FILTER (WHERE o.kind = 'bmi') AS bmi,
                arg_max(o.value, o.observed_date) FILTER (WHERE o.kind = 'smoking_status') AS smoking_status
            FROM observation o JOIN people USING (patient_id)
            WHERE o.observed_date <= CAST($day AS DATE)
            GROUP BY o.patient_id
        )
        SELECT people.patient_id, people.practice_code, people.birth_date, people.sex, people.ethnic_category, people.townsend,
            registers.registers, medicines.last_statin, coalesce(medicines.bp_treated, false) AS bp_treated,
            coalesce(medicines.antipsychotic, false) AS antipsychotic, coalesce(medicines.steroids, false) AS steroids,
            measurements.last_check, measurements.systolic_bp, measurements.systolic_bp_sd, measurements.total_cholesterol,
            measurements.hdl_cholesterol, measurements.bmi, measurements.smoking_status
        FROM people
        LEFT JOIN registers USING (patient_id)
        LEFT JOIN medicines USING (patient_id)
        LEFT JOIN measurements USING (patient_id)
        ORDER BY people.patient_id
        """;

    /// <summary>
    /// Everyone registered with <paramref name="practiceCode"/> on <paramref name="day"/>, in patient id order, from an
    /// open lake connection (<c>Lake.Open</c>) with the patient, gp_registration, condition, medication and observation tables.
    /// </summary>
    public static IReadOnlyList<HealthCheckPerson> People(DuckDBConnection lake, string practiceCode, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(lake);
        using var command = lake.CreateCommand();
        command.CommandText = PeopleSql;
        command.Parameters.Add(new DuckDBParameter("practice", practiceCode));
        command.Parameters.Add(new DuckDBParameter("day", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        using var reader = command.ExecuteReader();
        var people = new List<HealthCheckPerson>();
        while (reader.Read())
        {
            people.Add(new HealthCheckPerson
            {
                PatientId = reader.GetInt64(0),
                PracticeCode = reader.GetString(1),
                BirthDate = DateOnly.FromDateTime(reader.GetDateTime(2)),
                Sex = reader.GetString(3),
                Registers = reader.IsDBNull(6) ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(reader.GetString(6).Split(';'), StringComparer.Ordinal),
                LastStatin = Date(reader, 7),
                LastCheck = Date(reader, 11),
                RiskFactors = new RecordedRiskFactors
                {
                    EthnicCategory = reader.IsDBNull(4) ? null : reader.GetString(4),
                    Townsend = Number(reader, 5),
                    BloodPressureTreatment = reader.GetBoolean(8),
                    Antipsychotic = reader.GetBoolean(9),
                    Steroids = reader.GetBoolean(10),
                    SystolicBp = Number(reader, 12),
                    SystolicBpSd = Number(reader, 13),
                    TotalCholesterol = Number(reader, 14),
                    HdlCholesterol = Number(reader, 15),
                    Bmi = Number(reader, 16),
                    SmokingStatus = Number(reader, 17) is double s ? (int)Math.Round(s) : null,
                },
            });
        }

        return people;
    }

    private static DateOnly? Date(DuckDBDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : DateOnly.FromDateTime(reader.GetDateTime(column));

    private static double? Number(DuckDBDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : Convert.ToDouble(reader.GetValue(column), CultureInfo.InvariantCulture);
}
