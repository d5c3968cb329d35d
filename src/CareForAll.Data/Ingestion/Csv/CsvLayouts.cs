namespace CareForAll.Data.Ingestion.Csv;

/// <summary>
/// Every CSV layout ingestion recognises (docs/ingest.md lists each accepted column). Each lake table can be loaded
/// with its own column names; the layouts below add the names used by HES APC and HES A&amp;E extracts, the PROMs
/// record, infection counts, KH03 bed days, ONS population estimates, ODS organisation lists and NHS England's
/// monthly A&amp;E situation report.
/// </summary>
internal static class CsvLayouts
{
    private static readonly HashSet<string> None = [];

    public static IReadOnlyList<CsvLayout> All { get; } =
    [
        new("HES APC spell", LakeSchema.Spell, new Dictionary<string, string[]>
        {
            ["spell_id"] = ["SPELL", "SPELL_ID", "EPIKEY"], ["patient_id"] = ["HESID", "PSEUDO_ID"], ["provider_code"] = ["PROCODE3", "PROCODE"],
            ["site_code"] = ["SITETRET"], ["practice_code"] = ["GPPRAC"], ["commissioner_code"] = ["PCTCODE", "CCG_RESPONSIBILITY", "COMMISSIONER"],
            ["admission_date"] = ["ADMIDATE"], ["discharge_date"] = ["DISDATE"], ["admission_method"] = ["ADMIMETH"],
            ["patient_class"] = ["CLASSPAT"], ["discharge_method"] = ["DISMETH"], ["specialty"] = ["TRETSPEF", "MAINSPEF"],
            ["primary_diagnosis"] = ["DIAG_4_01", "DIAG_01"], ["secondary_diagnoses"] = ["DIAG_4_CONCAT_SECONDARY", "SECONDARY_DIAGNOSES"],
            ["primary_procedure"] = ["OPERTN_4_01", "OPERTN_01"], ["procedures"] = ["OPERTN_4_CONCAT"], ["hrg"] = ["SPELHRG", "HRG"],
            ["age_on_admission"] = ["STARTAGE", "ADMIAGE"], ["sex"] = ["SEX"], ["imd_decile"] = ["IMD_DECILE", "IMD04_DECILE"],
            ["los_days"] = ["SPELDUR", "LOS"],
        }, new HashSet<string> { "admission_type", "los_days", "secondary_diagnoses", "procedures" }),
        new("HES A&E attendance", LakeSchema.AeAttendance, new Dictionary<string, string[]>
        {
            ["attendance_id"] = ["AEKEY"], ["patient_id"] = ["HESID", "PSEUDO_ID"], ["provider_code"] = ["PROCODE3", "PROCODE"],
            ["site_code"] = ["SITETRET"], ["department_type"] = ["AEDEPTTYPE"], ["arrival_time"] = ["ARRIVALDATETIME", "ARRIVAL"],
            ["departure_time"] = ["DEPDATETIME", "DEPARTURE"], ["disposal"] = ["AEATTENDDISP_GROUP", "DISPOSAL_GROUP"],
            ["age"] = ["ARRIVALAGE", "STARTAGE"], ["sex"] = ["SEX"],
        }, None),
        new("PROMs record", LakeSchema.PromsResponse, new Dictionary<string, string[]>
        {
            ["provider_code"] = ["Provider Code", "ORGCODE"], ["procedure"] = ["Procedure"], ["stage"] = ["Stage", "Questionnaire"],
            ["response_date"] = ["Completed", "Response Date"], ["eq5d_profile"] = ["EQ5D Profile", "EQ-5D Profile"],
            ["eq5d_index"] = ["EQ5D Index", "EQ-5D Index"], ["eq5d_vas"] = ["EQ VAS", "VAS"], ["oxford_score"] = ["Oxford Score", "OHS", "OKS"],
            ["age"] = ["Age"], ["sex"] = ["Gender"],
        }, None),
        new("infection and safety events", LakeSchema.SafetyEvent, new Dictionary<string, string[]>
        {
            ["kind"] = ["Organism", "Event Type"], ["provider_code"] = ["Trust Code", "Org Code"], ["event_date"] = ["Specimen Date", "Date"],
            ["hospital_onset"] = ["Hospital Onset", "Trust Apportioned"],
        }, None),
        new("KH03 bed days", LakeSchema.BedDays, new Dictionary<string, string[]>
        {
            ["provider_code"] = ["Org Code", "Organisation Code"], ["month"] = ["Period", "Month Start"], ["bed_days"] = ["Occupied Bed Days", "Occupied"],
        }, None),
        new("ONS population estimates", LakeSchema.Population, new Dictionary<string, string[]>
        {
            ["area_code"] = ["Area Code", "Code"], ["area_kind"] = ["Area Kind", "Geography"], ["year"] = ["Mid Year", "Year"],
            ["sex"] = ["Sex", "Gender"], ["age_band"] = ["Age Band", "Age Group"], ["count"] = ["Population", "Persons", "Count"],
        }, None),
        new("ODS organisation list", LakeSchema.Organisation, new Dictionary<string, string[]>
        {
            ["code"] = ["Organisation Code", "Org Code", "ODS Code"], ["name"] = ["Organisation Name", "Org Name"], ["kind"] = ["Organisation Kind", "Role"],
            ["parent_code"] = ["Parent Organisation Code", "Parent Code", "Parent"], ["postcode"] = ["Postcode", "Post Code"],
            ["opened"] = ["Open Date", "Opened"], ["closed"] = ["Close Date", "Closed"],
        }, None),
        new("NHS England monthly A&E by provider", LakeSchema.AeMonthly, new Dictionary<string, string[]>
        {
            ["provider_code"] = ["Org Code", "org_code"], ["month"] = ["Period", "period_start"], ["region"] = ["Parent Org", "parent_org"],
            ["name"] = ["Org name", "org_name"],
            ["att_type1"] = ["A&E attendances Type 1"], ["att_type2"] = ["A&E attendances Type 2"], ["att_other"] = ["A&E attendances Other A&E Department"],
            ["att_booked_type1"] = ["A&E attendances Booked Appointments Type 1"], ["att_booked_type2"] = ["A&E attendances Booked Appointments Type 2"],
            ["att_booked_other"] = ["A&E attendances Booked Appointments Other Department"],
            ["over4h_type1"] = ["Attendances over 4hrs Type 1"], ["over4h_type2"] = ["Attendances over 4hrs Type 2"],
            ["over4h_other"] = ["Attendances over 4hrs Other Department"], ["over4h_booked_type1"] = ["Attendances over 4hrs Booked Appointments Type 1"],
            ["over4h_booked_type2"] = ["Attendances over 4hrs Booked Appointments Type 2"], ["over4h_booked_other"] = ["Attendances over 4hrs Booked Appointments Other Department"],
            ["dta_wait_4_12h"] = ["Patients who have waited 4-12 hs from DTA to admission"], ["dta_wait_12h_plus"] = ["Patients who have waited 12+ hrs from DTA to admission"],
            ["emerg_adm_via_ae_type1"] = ["Emergency admissions via A&E - Type 1"], ["emerg_adm_via_ae_type2"] = ["Emergency admissions via A&E - Type 2"],
            ["emerg_adm_via_ae_other"] = ["Emergency admissions via A&E - Other A&E department"], ["other_emerg_adm"] = ["Other emergency admissions"],
        }, None),
        .. LakeSchema.Tables.Where(t => t != LakeSchema.Quarantine).Select(t => new CsvLayout("lake " + t.Name, t, new Dictionary<string, string[]>(), None)),
    ];

    /// <summary>
    /// The layout that fits <paramref name="headers"/> best (the most columns bound, every required one present), with
    /// its binding; null when none fits.
    /// </summary>
    public static (CsvLayout Layout, int[] Positions, int NhsNumberColumn)? Recognise(IReadOnlyList<string> headers)
    {
        (CsvLayout, int[], int)? best = null;
        var bestMatched = 0;
        foreach (var layout in All)
        {
            var positions = layout.Bind(headers, out var nhs, out var matched);
            if (positions is not null && matched > bestMatched)
            {
                best = (layout, positions, nhs);
                bestMatched = matched;
            }
        }

        return best;
    }
}
