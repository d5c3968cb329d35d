using DuckDB.NET.Data;

namespace CareForAll.Care.Tests;

/// <summary>The GP-record tables of the lake (docs/lake.md) in an in-memory DuckDB, filled by each test.</summary>
internal sealed class HandBuiltLake : IDisposable
{
    private const string Schema = """
        CREATE TABLE patient (patient_id BIGINT, sex VARCHAR, birth_date DATE, ethnic_category VARCHAR, lsoa VARCHAR,
          imd_decile TINYINT, townsend DOUBLE, practice_code VARCHAR, commissioner_code VARCHAR, death_date DATE, death_cause VARCHAR);
        CREATE TABLE gp_registration (patient_id BIGINT, practice_code VARCHAR, start_date DATE, end_date DATE);
        CREATE TABLE condition (patient_id BIGINT, condition VARCHAR, code VARCHAR, diagnosed_date DATE, practice_code VARCHAR);
        CREATE TABLE observation (patient_id BIGINT, practice_code VARCHAR, observed_date DATE, kind VARCHAR, value DOUBLE, unit VARCHAR, code VARCHAR);
        CREATE TABLE medication (patient_id BIGINT, practice_code VARCHAR, prescribed_date DATE, drug_class VARCHAR, code VARCHAR);
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

    /// <summary>A patient registered with <paramref name="practice"/> since 2000 (until <paramref name="left"/>, if given).</summary>
    public void Patient(long id, string practice, string sex, string birth, string? left = null, string ethnic = "A") =>
        Execute($"""
            INSERT INTO patient VALUES ({id}, '{sex}', DATE '{birth}', '{ethnic}', 'E01000001', 5, 1.5, '{practice}', '5A1', NULL, NULL);
            INSERT INTO gp_registration VALUES ({id}, '{practice}', DATE '2000-01-01', {(left is null ? "NULL" : $"DATE '{left}'")});
            """);

    public void Observation(long id, string date, string kind, double value) =>
        Execute(FormattableString.Invariant($"INSERT INTO observation VALUES ({id}, 'A00001', DATE '{date}', '{kind}', {value}, '', '')"));

    public void Condition(long id, string condition, string date) =>
        Execute($"INSERT INTO condition VALUES ({id}, '{condition}', '', DATE '{date}', 'A00001')");

    public void Medication(long id, string drugClass, string date) =>
        Execute($"INSERT INTO medication VALUES ({id}, 'A00001', DATE '{date}', '{drugClass}', '')");

    public void Dispose() => Connection.Dispose();
}
