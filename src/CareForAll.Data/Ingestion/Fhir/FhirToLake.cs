using System.Globalization;
using CareForAll.Core.Text;
using Hl7.Fhir.Model;

namespace CareForAll.Data.Ingestion.Fhir;

/// <summary>
/// Maps one FHIR R4 resource to one lake row (docs/ingest.md, "FHIR"): Patient → patient, Organization →
/// organisation, Encounter → spell (class IMP, SS) or ae_attendance (class EMER), Condition → condition, Observation →
/// observation, MedicationRequest → medication, QuestionnaireResponse → proms_response. Standard elements are read
/// first (UK Core identifiers, references, periods, codes); columns without a FHIR element come from CareForAll
/// lake-column extensions (QuestionnaireResponse: items whose linkId is the column name).
/// </summary>
internal static class FhirToLake
{
    /// <summary>The lake table a resource type loads into, or null when it is not ingested.</summary>
    public static LakeTable? TableFor(string resourceType, string? encounterClass = null) => resourceType switch
    {
        "Patient" => LakeSchema.Patient,
        "Organization" => LakeSchema.Organisation,
        "Encounter" => encounterClass == "EMER" ? LakeSchema.AeAttendance : LakeSchema.Spell,
        "Condition" => LakeSchema.Condition,
        "Observation" => LakeSchema.Observation,
        "MedicationRequest" => LakeSchema.Medication,
        "QuestionnaireResponse" => LakeSchema.PromsResponse,
        _ => null,
    };

    /// <summary>The row for <paramref name="resource"/>, or the field and reason it cannot be loaded.</summary>
    public static (LakeTable? Table, object?[]? Row, string? Field, string? Reason) Map(Resource resource)
    {
        var table = TableFor(resource.TypeName, (resource as Encounter)?.Class?.Code);
        if (table is null)
        {
            return (null, null, "resourceType", $"{resource.TypeName} is not ingested");
        }

        var row = new object?[table.Columns.Count];
        var set = new Setter(table, row);
        var problem = resource switch
        {
            Patient p => MapPatient(p, set),
            Organization o => MapOrganisation(o, set),
            Encounter e => MapEncounter(e, table, set),
            Condition c => MapCondition(c, set),
            Observation o => MapObservation(o, set),
            MedicationRequest m => MapMedication(m, set),
            QuestionnaireResponse q => MapQuestionnaire(q, table, row, set),
            _ => ("resourceType", "not ingested"),
        };
        if (problem is null && resource is DomainResource domain && LakeExtensions.Fill(domain, table, row) is { } reason)
        {
            problem = ("extension", reason);
        }

        return problem is { } p2 ? (table, null, p2.Field, p2.Reason) : (table, row, null, null);
    }

    private static (string Field, string Reason)? MapPatient(Patient p, Setter set)
    {
        if (p.Identifier.FirstOrDefault(i => i.System == FhirSystems.NhsNumber) is { } nhs)
        {
            var number = NhsNumberPattern.Parse(nhs.Value);
            if (!number.Success)
            {
                return ("identifier", number.ErrorMessage);
            }

            set["patient_id"] = PatientKey.FromNhsNumber(number.Value);
        }
        else if (!string.IsNullOrEmpty(p.Id))
        {
            set["patient_id"] = PatientKey.FromResourceId(p.Id);
        }

        set["sex"] = p.Gender switch { AdministrativeGender.Male => "M", AdministrativeGender.Female => "F", null => null, var g => g.ToString() };
        return set.Text("birth_date", p.BirthDate)
            ?? set.Text("death_date", (p.Deceased as FhirDateTime)?.Value is { Length: >= 10 } died ? died[..10] : null)
            ?? Done(() =>
            {
                set["practice_code"] = Ods(p.GeneralPractitioner.FirstOrDefault());
                set["ethnic_category"] = (p.GetExtensionValue<CodeableConcept>(FhirSystems.EthnicCategoryExtension))?.Coding.FirstOrDefault()?.Code;
            });
    }

    private static (string Field, string Reason)? MapOrganisation(Organization o, Setter set)
    {
        set["code"] = o.Identifier.FirstOrDefault(i => i.System is FhirSystems.OdsOrganisation or FhirSystems.OdsSite)?.Value;
        set["name"] = o.Name;
        set["parent_code"] = Ods(o.PartOf);
        set["postcode"] = o.Address.FirstOrDefault()?.PostalCode;
        set["kind"] = o.Type.SelectMany(t => t.Coding).FirstOrDefault()?.Code;
        return null;
    }

    private static (string Field, string Reason)? MapEncounter(Encounter e, LakeTable table, Setter set)
    {
        var problem = SetPatient(e.Subject, set);
        if (problem is not null)
        {
            return problem;
        }

        set["provider_code"] = Ods(e.ServiceProvider);
        set["site_code"] = Ods(e.Location.FirstOrDefault()?.Location);
        if (table == LakeSchema.AeAttendance)
        {
            set["attendance_id"] = NumericId(e.Id);
            return set.Text("arrival_time", e.Period?.Start) ?? set.Text("departure_time", e.Period?.End)
                ?? Done(() => set["disposal"] = e.Hospitalization?.DischargeDisposition?.Coding.FirstOrDefault()?.Code);
        }

        set["spell_id"] = NumericId(e.Id);
        set["patient_class"] = e.Class?.Code == "SS" ? "day_case" : "ordinary";
        set["discharge_method"] = e.Hospitalization?.DischargeDisposition?.Coding.FirstOrDefault()?.Code;
        var diagnoses = new List<string>();
        var procedures = new List<string>();
        foreach (var diagnosis in e.Diagnosis.OrderBy(d => d.Rank ?? int.MaxValue))
        {
            var id = diagnosis.Condition?.Reference?.TrimStart('#');
            var contained = e.Contained.FirstOrDefault(c => c.Id == id);
            var coding = contained switch
            {
                Condition c => c.Code?.Coding,
                Procedure pr => pr.Code?.Coding,
                _ => null,
            };
            if (coding is null)
            {
                return ("diagnosis", $"diagnosis reference '{diagnosis.Condition?.Reference}' is not a contained Condition or Procedure");
            }

            if (contained is Condition && coding.FirstOrDefault(IsIcd10) is { } icd)
            {
                diagnoses.Add(icd.Code ?? "");
            }
            else if (contained is Procedure && coding.FirstOrDefault(IsOpcs4) is { } opcs)
            {
                procedures.Add(opcs.Code ?? "");
            }
            else
            {
                return ("diagnosis", "a diagnosis needs an ICD-10 coding and a procedure an OPCS-4 coding");
            }
        }

        if (diagnoses.Count > 0)
        {
            set["primary_diagnosis"] = diagnoses[0];
            set["secondary_diagnoses"] = string.Join(';', diagnoses.Skip(1));
        }

        set["primary_procedure"] = procedures.FirstOrDefault();
        set["procedures"] = string.Join(';', procedures);
        return set.Text("admission_date", e.Period?.Start is { Length: >= 10 } start ? start[..10] : e.Period?.Start)
            ?? set.Text("discharge_date", e.Period?.End is { Length: >= 10 } end ? end[..10] : e.Period?.End);
    }

    private static (string Field, string Reason)? MapCondition(Condition c, Setter set) =>
        SetPatient(c.Subject, set)
        ?? Done(() => set["code"] = c.Code?.Coding.FirstOrDefault(x => x.System == FhirSystems.Snomed)?.Code)
        ?? set.Text("diagnosed_date", (c.Onset as FhirDateTime)?.Value is { Length: >= 10 } onset ? onset[..10] : c.RecordedDate);

    private static (string Field, string Reason)? MapObservation(Observation o, Setter set)
    {
        var problem = SetPatient(o.Subject, set);
        if (problem is not null)
        {
            return problem;
        }

        var codings = o.Code?.Coding ?? [];
        var snomed = codings.FirstOrDefault(x => x.System == FhirSystems.Snomed)?.Code;
        set["code"] = snomed;
        set["kind"] = snomed is not null && FhirSystems.ObservationKindBySnomed.TryGetValue(snomed, out var kind) ? kind
            : codings.Where(x => x.System == FhirSystems.Loinc).Select(x => FhirSystems.ObservationKindByLoinc.GetValueOrDefault(x.Code ?? "")).FirstOrDefault(k => k is not null);
        set["practice_code"] = Ods(o.Performer.FirstOrDefault());
        if (o.Value is Quantity quantity)
        {
            set["value"] = quantity.Value is { } v ? (double)v : null;
            set["unit"] = quantity.Unit ?? quantity.Code;
        }
        else if (o.Value is not null)
        {
            return ("value", $"value is a {o.Value.TypeName}, not a Quantity");
        }

        return set.Text("observed_date", (o.Effective as FhirDateTime)?.Value is { Length: >= 10 } when ? when[..10] : null);
    }

    private static (string Field, string Reason)? MapMedication(MedicationRequest m, Setter set)
    {
        var problem = SetPatient(m.Subject, set);
        if (problem is not null)
        {
            return problem;
        }

        var concept = m.Medication as CodeableConcept;
        set["code"] = concept?.Coding.FirstOrDefault()?.Code;
        set["drug_class"] = concept?.Text;
        set["practice_code"] = Ods(m.Requester);
        return set.Text("prescribed_date", m.AuthoredOn is { Length: >= 10 } authored ? authored[..10] : m.AuthoredOn);
    }

    private static (string Field, string Reason)? MapQuestionnaire(QuestionnaireResponse q, LakeTable table, object?[] row, Setter set)
    {
        var problem = SetPatient(q.Subject, set);
        if (problem is not null)
        {
            return problem;
        }

        if (q.Encounter?.Reference is { } encounter)
        {
            set["spell_id"] = NumericId(encounter.Split('/')[^1]);
        }

        set["provider_code"] = Ods(q.Author);
        problem = set.Text("response_date", q.Authored is { Length: >= 10 } authored ? authored[..10] : q.Authored);
        if (problem is not null)
        {
            return problem;
        }

        foreach (var item in q.Item)
        {
            var index = table.Columns.ToList().FindIndex(c => c.Name == item.LinkId);
            if (index < 0)
            {
                return ("item", $"item '{item.LinkId}' names no column of {table.Name}");
            }

            if (!LakeExtensions.TryValue(item.Answer.FirstOrDefault()?.Value, table.Columns[index].Type, out row[index], out var reason))
            {
                return (item.LinkId ?? "item", reason!);
            }
        }

        return null;
    }

    private static (string Field, string Reason)? SetPatient(ResourceReference? subject, Setter set)
    {
        if (subject?.Identifier is { System: FhirSystems.NhsNumber } identifier)
        {
            var number = NhsNumberPattern.Parse(identifier.Value);
            if (!number.Success)
            {
                return ("subject", number.ErrorMessage);
            }

            set["patient_id"] = PatientKey.FromNhsNumber(number.Value);
        }
        else if (subject?.Reference is { } reference && reference.StartsWith("Patient/", StringComparison.Ordinal))
        {
            set["patient_id"] = PatientKey.FromResourceId(reference["Patient/".Length..]);
        }

        return null;
    }

    private static (string Field, string Reason)? Done(System.Action action)
    {
        action();
        return null;
    }

    private static string? Ods(ResourceReference? reference) =>
        reference?.Identifier is { System: FhirSystems.OdsOrganisation or FhirSystems.OdsSite } identifier ? identifier.Value : null;

    /// <summary>A numeric resource id as itself; any other id as a key made from it.</summary>
    internal static long? NumericId(string? id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
        : id is null ? null : PatientKey.FromResourceId("id:" + id);

    private static bool IsIcd10(Coding coding) =>
        coding.System is { } s && (s.Contains("icd-10", StringComparison.OrdinalIgnoreCase) || s.Contains("icd10", StringComparison.OrdinalIgnoreCase));

    private static bool IsOpcs4(Coding coding) => coding.System?.Contains("opcs", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Sets columns by name; <see cref="Text"/> parses text to the column's type.</summary>
    private readonly struct Setter(LakeTable table, object?[] row)
    {
        public object? this[string column]
        {
            set => row[table.IndexOf(column)] = value;
        }

        public (string Field, string Reason)? Text(string column, string? text)
        {
            var index = table.IndexOf(column);
            if (text is null)
            {
                return null;
            }

            return FieldText.TryParse(text, table.Columns[index].Type, out row[index], out var reason) ? null : (column, reason!);
        }
    }
}
