using DuckDB.NET.Data;

namespace CareForAll.Measures.Tests;

/// <summary>
/// A tiny lake built by hand in an in-memory DuckDB: every table of docs/lake.md with its columns, filled by each
/// test with the few rows whose results it works out by hand.
/// </summary>
internal sealed class HandBuiltLake : IDisposable
{
    private const string Schema = """
        CREATE TABLE organisation (code VARCHAR, name VARCHAR, kind VARCHAR, parent_code VARCHAR, postcode VARCHAR,
          latitude DOUBLE, longitude DOUBLE, opened DATE, closed DATE, accepting_patients BOOLEAN);
        CREATE TABLE patient (patient_id BIGINT, sex VARCHAR, birth_date DATE, ethnic_category VARCHAR, lsoa VARCHAR,
          imd_decile TINYINT, townsend DOUBLE, practice_code VARCHAR, commissioner_code VARCHAR, death_date DATE, death_cause VARCHAR);
        CREATE TABLE gp_registration (patient_id BIGINT, practice_code VARCHAR, start_date DATE, end_date DATE);
        CREATE TABLE condition (patient_id BIGINT, condition VARCHAR, code VARCHAR, diagnosed_date DATE, practice_code VARCHAR);
        CREATE TABLE observation (patient_id BIGINT, practice_code VARCHAR, observed_date DATE, kind VARCHAR, value DOUBLE, unit VARCHAR, code VARCHAR);
        CREATE TABLE medication (patient_id BIGINT, practice_code VARCHAR, prescribed_date DATE, drug_class VARCHAR, code VARCHAR);
        CREATE TABLE spell (spell_id BIGINT, patient_id BIGINT, provider_code VARCHAR, site_code VARCHAR, practice_code VARCHAR,
          commissioner_code VARCHAR, admission_date DATE, discharge_date DATE, admission_method VARCHAR, admission_type VARCHAR,
          patient_class VARCHAR, discharge_method VARCHAR, specialty VARCHAR, primary_diagnosis VARCHAR, secondary_diagnoses VARCHAR,
          primary_procedure VARCHAR, procedures VARCHAR, hrg VARCHAR, age_on_admission INTEGER, sex VARCHAR, imd_decile TINYINT, los_days INTEGER);
        CREATE TABLE ae_attendance (attendance_id BIGINT, patient_id BIGINT, provider_code VARCHAR, site_code VARCHAR, department_type TINYINT,
          arrival_time TIMESTAMP, departure_time TIMESTAMP, disposal VARCHAR, age INTEGER, sex VARCHAR);
        CREATE TABLE proms_response (patient_id BIGINT, spell_id BIGINT, provider_code VARCHAR, procedure VARCHAR, stage VARCHAR,
          response_date DATE, eq5d_profile VARCHAR, eq5d_index DOUBLE, eq5d_vas INTEGER, oxford_score INTEGER, age INTEGER, sex VARCHAR);
        CREATE TABLE experience_response (response_id BIGINT, provider_code VARCHAR, site_code VARCHAR, setting VARCHAR, response_date DATE, answer TINYINT);
        CREATE TABLE safety_event (event_id BIGINT, kind VARCHAR, provider_code VARCHAR, event_date DATE, patient_id BIGINT, spell_id BIGINT, hospital_onset BOOLEAN);
        CREATE TABLE bed_days (provider_code VARCHAR, month DATE, bed_days BIGINT);
        CREATE TABLE referral (pathway_id BIGINT, patient_id BIGINT, provider_code VARCHAR, commissioner_code VARCHAR, specialty VARCHAR,
          referral_date DATE, clock_stop_date DATE, admitted BOOLEAN);
        CREATE TABLE population (area_code VARCHAR, area_kind VARCHAR, year INTEGER, sex VARCHAR, age_band VARCHAR, count BIGINT);
        CREATE TABLE ae_monthly (provider_code VARCHAR, month DATE, region VARCHAR, name VARCHAR, att_type1 BIGINT, att_type2 BIGINT,
          att_other BIGINT, att_booked_type1 BIGINT, att_booked_type2 BIGINT, att_booked_other BIGINT, over4h_type1 BIGINT,
          over4h_type2 BIGINT, over4h_other BIGINT, over4h_booked_type1 BIGINT, over4h_booked_type2 BIGINT, over4h_booked_other BIGINT,
          dta_wait_4_12h BIGINT, dta_wait_12h_plus BIGINT, emerg_adm_via_ae_type1 BIGINT, emerg_adm_via_ae_type2 BIGINT,
          emerg_adm_via_ae_other BIGINT, other_emerg_adm BIGINT);
        CREATE TABLE health_check_invitation (invitation_id BIGINT, patient_id BIGINT, practice_code VARCHAR, invited_date DATE,
          cycle_start DATE, channel VARCHAR, estimated_risk DOUBLE);
        """;

    public HandBuiltLake()
    {
        Connection = new DuckDBConnection("DataSource=:memory:");
        Connection.Open();
        Execute(Schema);
    }

    public DuckDBConnection Connection { get; }

    public void Execute(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Inserts <paramref name="count"/> copies of a row given as a SQL SELECT list.</summary>
    public void Repeat(string table, int count, string selectList) =>
        Execute($"INSERT INTO {table} SELECT {selectList} FROM range({count}) t(i)");

    public void Dispose() => Connection.Dispose();
}
