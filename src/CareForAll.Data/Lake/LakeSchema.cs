using static CareForAll.Data.LakeType;

namespace CareForAll.Data;

/// <summary>
/// Every lake table and its columns, defined once: the generator writes these Parquet schemas and
/// <see cref="Lake"/> casts each view to these types. docs/lake.md describes what each column means.
/// </summary>
public static class LakeSchema
{
    public static LakeTable Organisation { get; } = new("organisation",
    [
        new("code", Varchar), new("name", Varchar), new("kind", Varchar), new("parent_code", Varchar, true),
        new("postcode", Varchar, true), new("latitude", LakeType.Double, true), new("longitude", LakeType.Double, true),
        new("opened", Date, true), new("closed", Date, true), new("accepting_patients", LakeType.Boolean, true),
    ]);

    public static LakeTable Patient { get; } = new("patient",
    [
        new("patient_id", BigInt), new("sex", Varchar), new("birth_date", Date), new("ethnic_category", Varchar),
        new("lsoa", Varchar), new("imd_decile", TinyInt), new("townsend", LakeType.Double), new("practice_code", Varchar),
        new("commissioner_code", Varchar), new("death_date", Date, true), new("death_cause", Varchar, true),
    ]);

    public static LakeTable GpRegistration { get; } = new("gp_registration",
    [
        new("patient_id", BigInt), new("practice_code", Varchar), new("start_date", Date), new("end_date", Date, true),
    ]);

    public static LakeTable Condition { get; } = new("condition",
    [
        new("patient_id", BigInt), new("condition", Varchar), new("code", Varchar), new("diagnosed_date", Date),
        new("practice_code", Varchar),
    ]);

    public static LakeTable Observation { get; } = new("observation",
    [
        new("patient_id", BigInt), new("practice_code", Varchar), new("observed_date", Date), new("kind", Varchar),
        new("value", LakeType.Double), new("unit", Varchar), new("code", Varchar),
    ]);

    public static LakeTable Medication { get; } = new("medication",
    [
        new("patient_id", BigInt), new("practice_code", Varchar), new("prescribed_date", Date), new("drug_class", Varchar),
        new("code", Varchar),
    ]);

    public static LakeTable Spell { get; } = new("spell",
    [
        new("spell_id", BigInt), new("patient_id", BigInt), new("provider_code", Varchar), new("site_code", Varchar),
        new("practice_code", Varchar), new("commissioner_code", Varchar), new("admission_date", Date),
        new("discharge_date", Date), new("admission_method", Varchar), new("admission_type", Varchar),
        new("patient_class", Varchar), new("discharge_method", Varchar), new("specialty", Varchar),
        new("primary_diagnosis", Varchar), new("secondary_diagnoses", Varchar), new("primary_procedure", Varchar, true),
        new("procedures", Varchar), new("hrg", Varchar), new("age_on_admission", Integer), new("sex", Varchar),
        new("imd_decile", TinyInt), new("los_days", Integer),
    ]);

    public static LakeTable AeAttendance { get; } = new("ae_attendance",
    [
        new("attendance_id", BigInt), new("patient_id", BigInt), new("provider_code", Varchar), new("site_code", Varchar),
        new("department_type", TinyInt), new("arrival_time", Timestamp), new("departure_time", Timestamp),
        new("disposal", Varchar), new("age", Integer), new("sex", Varchar),
    ]);

    public static LakeTable PromsResponse { get; } = new("proms_response",
    [
        new("patient_id", BigInt), new("spell_id", BigInt), new("provider_code", Varchar), new("procedure", Varchar),
        new("stage", Varchar), new("response_date", Date), new("eq5d_profile", Varchar), new("eq5d_index", LakeType.Double),
        new("eq5d_vas", Integer), new("oxford_score", Integer), new("age", Integer), new("sex", Varchar),
    ]);

    public static LakeTable ExperienceResponse { get; } = new("experience_response",
    [
        new("response_id", BigInt), new("provider_code", Varchar), new("site_code", Varchar, true), new("setting", Varchar),
        new("response_date", Date), new("answer", TinyInt),
    ]);

    public static LakeTable SafetyEvent { get; } = new("safety_event",
    [
        new("event_id", BigInt), new("kind", Varchar), new("provider_code", Varchar), new("event_date", Date),
        new("patient_id", BigInt), new("spell_id", BigInt, true), new("hospital_onset", LakeType.Boolean),
    ]);

    public static LakeTable BedDays { get; } = new("bed_days",
    [
        new("provider_code", Varchar), new("month", Date), new("bed_days", BigInt),
    ]);

    public static LakeTable Referral { get; } = new("referral",
    [
        new("pathway_id", BigInt), new("patient_id", BigInt), new("provider_code", Varchar), new("commissioner_code", Varchar),
        new("specialty", Varchar), new("referral_date", Date), new("clock_stop_date", Date, true), new("admitted", LakeType.Boolean),
    ]);

    public static LakeTable Population { get; } = new("population",
    [
        new("area_code", Varchar), new("area_kind", Varchar), new("year", Integer), new("sex", Varchar),
        new("age_band", Varchar), new("count", BigInt),
    ]);

    /// <summary>
    /// Monthly A&amp;E attendances and four-hour breaches by provider, as NHS England publishes them (one row per
    /// provider and month; counts by department type, booked appointments apart).
    /// </summary>
    public static LakeTable AeMonthly { get; } = new("ae_monthly",
    [
        new("provider_code", Varchar), new("month", Date), new("region", Varchar, true), new("name", Varchar, true),
        new("att_type1", BigInt), new("att_type2", BigInt), new("att_other", BigInt),
        new("att_booked_type1", BigInt), new("att_booked_type2", BigInt), new("att_booked_other", BigInt),
        new("over4h_type1", BigInt), new("over4h_type2", BigInt), new("over4h_other", BigInt),
        new("over4h_booked_type1", BigInt), new("over4h_booked_type2", BigInt), new("over4h_booked_other", BigInt),
        new("dta_wait_4_12h", BigInt), new("dta_wait_12h_plus", BigInt),
        new("emerg_adm_via_ae_type1", BigInt), new("emerg_adm_via_ae_type2", BigInt), new("emerg_adm_via_ae_other", BigInt),
        new("other_emerg_adm", BigInt),
    ]);

    /// <summary>
    /// NHS Health Check invitations ("offers"): one row per letter or message a practice sent in a month's batch of its
    /// five-year call-and-recall cycle. Written from the operational store by <c>careforall healthcheck write-lake</c>.
    /// </summary>
    public static LakeTable HealthCheckInvitation { get; } = new("health_check_invitation",
    [
        new("invitation_id", BigInt), new("patient_id", BigInt), new("practice_code", Varchar), new("invited_date", Date),
        new("cycle_start", Date), new("channel", Varchar), new("estimated_risk", LakeType.Double),
    ]);

    /// <summary>Records that ingestion refused: where they came from, why, and their text.</summary>
    public static LakeTable Quarantine { get; } = new("quarantine",
    [
        new("source_file", Varchar), new("source_sha256", Varchar), new("line", BigInt), new("table_name", Varchar),
        new("field", Varchar), new("reason", Varchar), new("raw", Varchar),
    ]);

    /// <summary>Every table, in the order the generator writes them.</summary>
    public static IReadOnlyList<LakeTable> Tables { get; } =
    [
        Organisation, Patient, GpRegistration, Condition, Observation, Medication, Spell, AeAttendance,
        PromsResponse, ExperienceResponse, SafetyEvent, BedDays, Referral, Population, AeMonthly, HealthCheckInvitation, Quarantine,
    ];

    /// <summary>The table with this name; throws when there is none.</summary>
    public static LakeTable Get(string name) =>
        Tables.FirstOrDefault(t => t.Name == name) ?? throw new ArgumentException($"no lake table named {name}", nameof(name));
}
