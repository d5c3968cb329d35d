namespace CareForAll.Data.Ingestion.Fhir;

/// <summary>The identifier and code systems ingestion reads and the exporter writes (docs/ingest.md, "FHIR").</summary>
public static class FhirSystems
{
    /// <summary>UK Core NHS number identifier system.</summary>
    public const string NhsNumber = "https://fhir.nhs.uk/Id/nhs-number";

    /// <summary>UK Core ODS organisation code identifier system.</summary>
    public const string OdsOrganisation = "https://fhir.nhs.uk/Id/ods-organization-code";

    /// <summary>UK Core ODS site code identifier system (hospital sites).</summary>
    public const string OdsSite = "https://fhir.nhs.uk/Id/ods-site-code";

    /// <summary>ICD-10 (read for any system whose URI contains <c>icd-10</c> or <c>icd10</c>).</summary>
    public const string Icd10 = "http://hl7.org/fhir/sid/icd-10";

    /// <summary>OPCS-4 as this exporter writes it (read for any system whose URI contains <c>opcs</c>).</summary>
    public const string Opcs4 = "http://fhir.nhs.uk/CodeSystem/opcs-4";

    /// <summary>BNF section codes as this exporter writes them (MedicationRequest.medicationCodeableConcept).</summary>
    public const string BnfSection = "https://careforall.example/fhir/CodeSystem/bnf-section";

    /// <summary>HL7 v3 ActCode (Encounter.class: IMP, SS, EMER).</summary>
    public const string ActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    /// <summary>Spell discharge method codes as this exporter writes them (Encounter.hospitalization.dischargeDisposition).</summary>
    public const string DischargeMethod = "https://careforall.example/fhir/CodeSystem/discharge-method";

    /// <summary>A&amp;E disposal codes as this exporter writes them (Encounter.hospitalization.dischargeDisposition).</summary>
    public const string AeDisposal = "https://careforall.example/fhir/CodeSystem/ae-disposal";

    /// <summary>SNOMED CT.</summary>
    public const string Snomed = "http://snomed.info/sct";

    /// <summary>LOINC.</summary>
    public const string Loinc = "http://loinc.org";

    /// <summary>UK Core ethnic category extension.</summary>
    public const string EthnicCategoryExtension = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";

    /// <summary>UK Core ethnic category code system (NHS Data Dictionary codes A–Z).</summary>
    public const string EthnicCategory = "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland";

    /// <summary>
    /// Prefix of the CareForAll extension carrying a lake column that has no FHIR element of its own (the column name
    /// follows, e.g. <c>…/lake-imd_decile</c>); QuestionnaireResponse items use the column name as <c>linkId</c> instead.
    /// </summary>
    public const string LakeColumnExtension = "https://careforall.example/fhir/StructureDefinition/lake-";

    /// <summary>Observation kinds by LOINC code (read; the exporter writes SNOMED CT and, where one exists, LOINC).</summary>
    public static IReadOnlyDictionary<string, string> ObservationKindByLoinc { get; } = new Dictionary<string, string>
    {
        ["8480-6"] = "systolic_bp",
        ["8462-4"] = "diastolic_bp",
        ["59261-8"] = "hba1c",
        ["2093-3"] = "total_cholesterol",
        ["2085-9"] = "hdl_cholesterol",
        ["39156-5"] = "bmi",
        ["72166-2"] = "smoking_status",
        ["11287-0"] = "alcohol_units",
    };

    /// <summary>Observation kinds by the SNOMED CT concept the generator writes.</summary>
    public static IReadOnlyDictionary<string, string> ObservationKindBySnomed { get; } = new Dictionary<string, string>
    {
        ["72313002"] = "systolic_bp",
        ["271650006"] = "diastolic_bp",
        ["999791000000106"] = "hba1c",
        ["77068002"] = "total_cholesterol",
        ["17888004"] = "hdl_cholesterol",
        ["60621009"] = "bmi",
        ["229819007"] = "smoking_status",
        ["160573003"] = "alcohol_units",
        ["718087004"] = "cvd_risk",
    };
}
