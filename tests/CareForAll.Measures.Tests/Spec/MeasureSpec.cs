using System.Globalization;
using CareForAll.Measures.Definitions;
using CareForAll.Measures.Running;
using CareForAll.Tests;

namespace CareForAll.Measures.Tests.Spec;

/// <summary>
/// Base of the per-measure specification tests: a hand-built lake, the shipped measure files, and small helpers that
/// write one lake row each, so that every test reads as the list of people or events it counts.
/// </summary>
public abstract class MeasureSpec : IDisposable
{
    /// <summary>The end of financial year 2008-09, the one year-end the practice measures see when the population table holds 2008 only.</summary>
    protected const string YearEnd = "2009-03-31";

    private protected HandBuiltLake Lake { get; } = new();

    public void Dispose()
    {
        Lake.Dispose();
        GC.SuppressFinalize(this);
    }

    protected MeasureRun Run(string id) =>
        new MeasureRunner(Lake.Connection).Run(MeasureFileReader.ReadBuiltIn().Single(m => m.Id == id));

    protected static MeasureResult Result(MeasureRun run, string unit, string period = "2008-09") =>
        run.Results.Single(r => r.UnitCode == unit && r.Period == period);

    /// <summary>Region Y01, commissioner C1 and practices P1 and P2 under it.</summary>
    protected void Organisations() => Lake.Execute("""
        INSERT INTO organisation VALUES
          ('Y01', 'Region', 'region', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
          ('C1', 'Commissioner', 'commissioner', 'Y01', NULL, NULL, NULL, NULL, NULL, NULL),
          ('P1', 'Practice 1', 'gp_practice', 'C1', NULL, NULL, NULL, NULL, NULL, TRUE),
          ('P2', 'Practice 2', 'gp_practice', 'C1', NULL, NULL, NULL, NULL, NULL, TRUE);
        """);

    /// <summary>A mid-2008 population row, so that the patient_year dataset has the one year-end 31 March 2009.</summary>
    protected void YearEnd2009() => Lake.Execute("INSERT INTO population VALUES ('C1', 'commissioner', 2008, 'F', '40-44', 100)");

    protected void Person(long id, string birthDate, string sex = "F", string practice = "P1", string? deathDate = null) =>
        Lake.Execute($"INSERT INTO patient VALUES ({id}, '{sex}', DATE '{birthDate}', 'A', NULL, 5, 0, '{practice}', 'C1', {DateOrNull(deathDate)}, NULL)");

    protected void Register(long id, string condition, string diagnosedDate = "2000-01-01") =>
        Lake.Execute($"INSERT INTO condition VALUES ({id}, '{condition}', NULL, DATE '{diagnosedDate}', NULL)");

    protected void Reading(long id, string kind, string observedDate, double value) =>
        Lake.Execute(string.Create(CultureInfo.InvariantCulture, $"INSERT INTO observation VALUES ({id}, NULL, DATE '{observedDate}', '{kind}', {value}, NULL, NULL)"));

    protected void Prescription(long id, string drugClass, string prescribedDate) =>
        Lake.Execute($"INSERT INTO medication VALUES ({id}, NULL, DATE '{prescribedDate}', '{drugClass}', NULL)");

    /// <summary>One hospital spell with the columns the spell-based measures read.</summary>
    protected void Spell(long id, string admissionDate, string diagnosis, int age, string admissionType = "emergency",
        string sex = "F", string commissioner = "C1", string provider = "RAA", string? dischargeDate = null) =>
        Lake.Execute($"""
            INSERT INTO spell VALUES ({id}, {id}, '{provider}', NULL, NULL, '{commissioner}', DATE '{admissionDate}',
              DATE '{dischargeDate ?? admissionDate}', NULL, '{admissionType}', 'ordinary', '1', '300', '{diagnosis}', '', NULL, '', NULL, {age}, '{sex}', 5, 0)
            """);

    private static string DateOrNull(string? date) => date is null ? "NULL" : $"DATE '{date}'";
}
