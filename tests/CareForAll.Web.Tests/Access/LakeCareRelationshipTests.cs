using CareForAll.Web.Account;

namespace CareForAll.Web.Tests.Access;

/// <summary>"Registered with" read from the lake: a clinician of a patient's practice is in their care, one of a practice they never joined is not.</summary>
public sealed class LakeCareRelationshipTests(SiteFixture site)
{
    [Fact]
    public void A_patient_is_in_the_care_of_the_practice_they_are_registered_with_and_not_of_another()
    {
        using var connection = CareForAll.Data.Lake.Open(site.Lake);
        using var command = connection.CreateCommand();
        command.CommandText = """
            WITH first AS (SELECT patient_id, practice_code FROM gp_registration ORDER BY patient_id LIMIT 1)
            SELECT first.patient_id, first.practice_code,
                (SELECT min(practice_code) FROM gp_registration WHERE practice_code <> first.practice_code)
            FROM first
            """;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var patient = Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
        var lake = new PatientLake(site.Lake);

        Assert.True(lake.IsRegisteredOrTreated(patient, reader.GetString(1)));
        Assert.False(lake.IsRegisteredOrTreated(patient, reader.GetString(2)));
    }
}
