namespace CareForAll.Data.Tests;

/// <summary>Events happen in a possible order: nobody leaves before arriving or does anything after death.</summary>
public sealed class DateOrderTests(GeneratedLakes lakes)
{
    public static TheoryData<string, string> Violations => new()
    {
        { "discharge before admission", "SELECT count(*) FROM spell WHERE discharge_date < admission_date OR los_days <> discharge_date - admission_date" },
        { "A&E departure before arrival", "SELECT count(*) FROM ae_attendance WHERE departure_time < arrival_time" },
        { "spell after death", "SELECT count(*) FROM spell s JOIN patient p USING (patient_id) WHERE p.death_date < s.discharge_date" },
        { "A&E after death", "SELECT count(*) FROM ae_attendance a JOIN patient p USING (patient_id) WHERE p.death_date < CAST(a.arrival_time AS DATE)" },
        { "observation after death", "SELECT count(*) FROM observation o JOIN patient p USING (patient_id) WHERE p.death_date < o.observed_date" },
        { "prescription after death", "SELECT count(*) FROM medication m JOIN patient p USING (patient_id) WHERE p.death_date < m.prescribed_date" },
        { "PROMs after death", "SELECT count(*) FROM proms_response r JOIN patient p USING (patient_id) WHERE p.death_date < r.response_date" },
        { "referral after death", "SELECT count(*) FROM referral r JOIN patient p USING (patient_id) WHERE p.death_date < r.referral_date OR p.death_date < r.clock_stop_date" },
        { "safety event after death", "SELECT count(*) FROM safety_event e JOIN patient p USING (patient_id) WHERE p.death_date < e.event_date" },
        { "event before birth", "SELECT count(*) FROM spell s JOIN patient p USING (patient_id) WHERE s.admission_date < p.birth_date" },
        { "death before birth", "SELECT count(*) FROM patient WHERE death_date < birth_date" },
        { "clock stop before referral", "SELECT count(*) FROM referral WHERE clock_stop_date < referral_date" },
        { "post-operative PROMs before pre-operative", "SELECT count(*) FROM proms_response a JOIN proms_response b USING (spell_id) WHERE a.stage = 'pre' AND b.stage = 'post' AND b.response_date <= a.response_date" },
        { "admission outside 2008-04-01..2011-03-31", "SELECT count(*) FROM spell WHERE admission_date NOT BETWEEN DATE '2008-04-01' AND DATE '2011-03-31'" },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void NoneFound(string violation, string sql)
    {
        using var connection = Lake.Open(lakes.Hundredth);
        Assert.True(Sql.Scalar(connection, sql) == 0, violation);
    }
}
