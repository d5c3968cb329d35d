namespace CareForAll.Data.Tests;

/// <summary>Every code and id in the lake resolves to a row of the right kind (checked in DuckDB over the views).</summary>
public sealed class ForeignKeyTests(GeneratedLakes lakes)
{
    public static TheoryData<string, string> Keys => new()
    {
        { "spell.patient_id", "SELECT count(*) FROM spell c ANTI JOIN patient p USING (patient_id)" },
        { "spell.provider_code", Org("spell", "provider_code", "trust") },
        { "spell.site_code", "SELECT count(*) FROM spell c ANTI JOIN organisation o ON o.code = c.site_code AND o.kind = 'site' AND o.parent_code = c.provider_code" },
        { "spell.practice_code", Org("spell", "practice_code", "gp_practice") },
        { "spell.commissioner_code", Org("spell", "commissioner_code", "commissioner") },
        { "patient.practice_code", "SELECT count(*) FROM patient c ANTI JOIN organisation o ON o.code = c.practice_code AND o.kind = 'gp_practice' AND o.parent_code = c.commissioner_code" },
        { "commissioner.parent_code", "SELECT count(*) FROM organisation c WHERE kind = 'commissioner' AND parent_code NOT IN (SELECT code FROM organisation WHERE kind = 'region')" },
        { "trust.parent_code", "SELECT count(*) FROM organisation c WHERE kind = 'trust' AND parent_code NOT IN (SELECT code FROM organisation WHERE kind = 'region')" },
        { "site.parent_code", "SELECT count(*) FROM organisation c WHERE kind = 'site' AND parent_code NOT IN (SELECT code FROM organisation WHERE kind = 'trust')" },
        { "organisation.code unique", "SELECT count(*) - count(DISTINCT code) FROM organisation" },
        { "patient.patient_id unique", "SELECT count(*) - count(DISTINCT patient_id) FROM patient" },
        { "spell.spell_id unique", "SELECT count(*) - count(DISTINCT spell_id) FROM spell" },
        { "gp_registration.patient_id", "SELECT count(*) FROM gp_registration c ANTI JOIN patient p USING (patient_id)" },
        { "gp_registration.practice_code", Org("gp_registration", "practice_code", "gp_practice") },
        { "condition.patient_id", "SELECT count(*) FROM condition c ANTI JOIN patient p USING (patient_id)" },
        { "condition.practice_code", Org("condition", "practice_code", "gp_practice") },
        { "observation.patient_id", "SELECT count(*) FROM observation c ANTI JOIN patient p USING (patient_id)" },
        { "observation.practice_code", Org("observation", "practice_code", "gp_practice") },
        { "medication.patient_id", "SELECT count(*) FROM medication c ANTI JOIN patient p USING (patient_id)" },
        { "ae_attendance.patient_id", "SELECT count(*) FROM ae_attendance c ANTI JOIN patient p USING (patient_id)" },
        { "ae_attendance.provider_code", Org("ae_attendance", "provider_code", "trust") },
        { "ae_attendance.site_code", "SELECT count(*) FROM ae_attendance c ANTI JOIN organisation o ON o.code = c.site_code AND o.kind = 'site' AND o.parent_code = c.provider_code" },
        { "proms_response.spell_id", "SELECT count(*) FROM proms_response c ANTI JOIN spell s ON s.spell_id = c.spell_id AND s.patient_id = c.patient_id AND s.provider_code = c.provider_code" },
        { "experience_response.provider_code", "SELECT count(*) FROM experience_response c ANTI JOIN organisation o ON o.code = c.provider_code AND o.kind = CASE WHEN c.setting = 'gp' THEN 'gp_practice' ELSE 'trust' END" },
        { "experience_response.site_code", "SELECT count(*) FROM experience_response c WHERE site_code IS NOT NULL AND site_code NOT IN (SELECT code FROM organisation WHERE kind = 'site')" },
        { "safety_event.patient_id", "SELECT count(*) FROM safety_event c ANTI JOIN patient p USING (patient_id)" },
        { "safety_event.spell_id", "SELECT count(*) FROM safety_event c WHERE spell_id IS NOT NULL AND spell_id NOT IN (SELECT spell_id FROM spell)" },
        { "safety_event.provider_code", Org("safety_event", "provider_code", "trust") },
        { "bed_days.provider_code", Org("bed_days", "provider_code", "trust") },
        { "referral.patient_id", "SELECT count(*) FROM referral c ANTI JOIN patient p USING (patient_id)" },
        { "referral.provider_code", Org("referral", "provider_code", "trust") },
        { "referral.commissioner_code", Org("referral", "commissioner_code", "commissioner") },
        { "population.area_code", "SELECT count(*) FROM population c ANTI JOIN organisation o ON o.code = c.area_code AND o.kind = c.area_kind" },
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void KeyResolves(string key, string orphansSql)
    {
        using var connection = Lake.Open(lakes.Hundredth);
        Assert.True(Sql.Scalar(connection, orphansSql) == 0, key + " has rows that do not resolve");
    }

    private static string Org(string table, string column, string kind) =>
        $"SELECT count(*) FROM {table} c ANTI JOIN organisation o ON o.code = c.{column} AND o.kind = '{kind}'";
}
