using CareForAll.Care.Questionnaires;
using CareForAll.Store.Identity;
using CareForAll.Tests;

namespace CareForAll.Care.Tests.Questionnaires;

public sealed class PromsDemoPatientTests
{
    [Fact]
    public void TheDemoPatient_IsTheLatestReplacementStillAwaitingSixMonthAnswers_WithTheirPracticeCommissionerAndTrust()
    {
        using var lake = new HandBuiltLake();
        lake.Patient(1, "P1", "F", "1940-01-01");
        lake.Patient(2, "P1", "M", "1945-01-01");
        lake.Patient(3, "P2", "F", "1950-01-01");
        lake.Patient(4, "P1", "F", "1950-01-01", left: "2010-01-01");
        lake.Execute("""
            INSERT INTO organisation (code, parent_code) VALUES ('P1', 'C1'), ('P2', NULL);
            INSERT INTO spell (spell_id, patient_id, provider_code, primary_procedure, admission_date) VALUES
              (10, 1, 'RT1', 'W371', DATE '2010-03-01'),
              (11, 2, 'RT2', 'W401', DATE '2010-06-01'),
              (12, 2, 'RT3', 'W401', DATE '2010-09-01'),
              (13, 3, 'RT4', 'W381', DATE '2011-01-01'),
              (14, 4, 'RT5', 'W381', DATE '2011-02-01'),
              (15, 1, 'RT6', 'H011', DATE '2011-03-01');
            INSERT INTO proms_response (spell_id, stage) VALUES (12, 'post');
            """);

        var placement = PromsDemoPatient.Find(lake.Connection);

        // Spell 15 is not a replacement, 14's patient has left the practice, 13's practice has no commissioner,
        // 12 is answered: the latest left is spell 11.
        Assert.Equal(new DemoPlacement(2, "P1", "C1", "RT2"), placement);
    }

    [Fact]
    public void ALakeWithoutReplacements_HasNoDemoPatient()
    {
        using var lake = new HandBuiltLake();
        lake.Patient(1, "P1", "F", "1940-01-01");

        Assert.Null(PromsDemoPatient.Find(lake.Connection));
    }

}
