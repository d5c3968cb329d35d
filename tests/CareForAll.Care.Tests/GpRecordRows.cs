using CareForAll.Tests;

namespace CareForAll.Care.Tests;

/// <summary>Rows of the GP-record tables (docs/lake.md) for a <see cref="HandBuiltLake"/>, as the Care tests need them.</summary>
internal static class GpRecordRows
{
    /// <summary>A patient registered with <paramref name="practice"/> since 2000 (until <paramref name="left"/>, if given).</summary>
    public static void Patient(this HandBuiltLake lake, long id, string practice, string sex, string birth, string? left = null, string ethnic = "A") =>
        lake.Execute($"""
            INSERT INTO patient VALUES ({id}, '{sex}', DATE '{birth}', '{ethnic}', 'E01000001', 5, 1.5, '{practice}', '5A1', NULL, NULL);
            INSERT INTO gp_registration VALUES ({id}, '{practice}', DATE '2000-01-01', {(left is null ? "NULL" : $"DATE '{left}'")});
            """);

    public static void Observation(this HandBuiltLake lake, long id, string date, string kind, double value) =>
        lake.Execute(FormattableString.Invariant($"INSERT INTO observation VALUES ({id}, 'A00001', DATE '{date}', '{kind}', {value}, '', '')"));

    public static void Condition(this HandBuiltLake lake, long id, string condition, string date) =>
        lake.Execute($"INSERT INTO condition VALUES ({id}, '{condition}', '', DATE '{date}', 'A00001')");

    public static void Medication(this HandBuiltLake lake, long id, string drugClass, string date) =>
        lake.Execute($"INSERT INTO medication VALUES ({id}, 'A00001', DATE '{date}', '{drugClass}', '')");
}
