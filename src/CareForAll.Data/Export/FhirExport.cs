using System.Globalization;
using System.Text.Json;
using CareForAll.Data.Ingestion;
using CareForAll.Data.Ingestion.Fhir;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace CareForAll.Data.Export;

/// <summary>
/// Writes a lake as FHIR R4 bulk data NDJSON, one file per lake table with a FHIR home (docs/ingest.md, "FHIR"), in
/// the shape <see cref="LakeIngestion"/> reads back: organisation → Organization, patient → Patient (with a synthetic
/// NHS number, <see cref="PatientKey.SyntheticNhsNumber"/>), spell and ae_attendance → Encounter, condition →
/// Condition, observation → Observation, medication → MedicationRequest, proms_response → QuestionnaireResponse.
/// Tables with no FHIR resource (gp_registration, experience_response, safety_event, bed_days, referral,
/// population) are written as lake-layout CSV beside them, with patient ids mapped the same way.
/// </summary>
public static class FhirExport
{
    /// <summary>The lake tables written as NDJSON.</summary>
    public static IReadOnlyList<LakeTable> FhirTables { get; } =
    [
        LakeSchema.Organisation, LakeSchema.Patient, LakeSchema.Spell, LakeSchema.AeAttendance, LakeSchema.Condition,
        LakeSchema.Observation, LakeSchema.Medication, LakeSchema.PromsResponse,
    ];

    /// <summary>Exports <paramref name="lakeDir"/> (or only the named tables) to <paramref name="outDir"/>; returns resources or rows per table.</summary>
    public static IReadOnlyDictionary<string, long> Write(string lakeDir, string outDir, IReadOnlyCollection<string>? only = null)
    {
        Directory.CreateDirectory(outDir);
        var counts = new Dictionary<string, long>();
        using (var lake = Lake.Open(lakeDir))
        {
            var serializer = new BaseFhirJsonSerializer(ModelInfo.ModelInspector);
            foreach (var table in FhirTables.Where(t => Lake.Tables(lakeDir).Contains(t.Name) && (only is null || only.Contains(t.Name))))
            {
                using var command = lake.CreateCommand();
                command.CommandText = $"SELECT * FROM \"{table.Name}\"";
                using var reader = command.ExecuteReader();
                using var stream = new FileStream(Path.Combine(outDir, table.Name + ".ndjson"), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
                using var json = new Utf8JsonWriter(stream);
                var values = new object?[table.Columns.Count];
                long count = 0;
                while (reader.Read())
                {
                    for (var i = 0; i < values.Length; i++)
                    {
                        values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                    }

                    serializer.Serialize(ToResource(table, new Row(table, values)), json);
                    json.Flush();
                    stream.WriteByte((byte)'\n');
                    json.Reset();
                    count++;
                }

                counts[table.Name] = count;
            }
        }

        var others = LakeSchema.Tables.Where(t => !FhirTables.Contains(t) && t != LakeSchema.AeMonthly && t != LakeSchema.Quarantine && (only is null || only.Contains(t.Name)));
        foreach (var (name, rows) in CsvExport.Write(lakeDir, outDir, others, MappedPatientId))
        {
            counts[name] = rows;
        }

        return counts;
    }

    /// <summary>The patient id ingestion gives the exported form of generated patient <paramref name="id"/>.</summary>
    public static long MappedPatientId(long id) => PatientKey.FromNhsNumber(PatientKey.SyntheticNhsNumber(id));

    private static Resource ToResource(LakeTable table, Row row) => table.Name switch
    {
        "organisation" => Organisation(row),
        "patient" => Patient(row),
        "spell" => Spell(row),
        "ae_attendance" => Attendance(row),
        "condition" => Condition(row),
        "observation" => Observation(row),
        "medication" => Medication(row),
        "proms_response" => Proms(row),
        _ => throw new ArgumentOutOfRangeException(nameof(table), table.Name, "no FHIR resource for this table"),
    };

    private static Organization Organisation(Row row)
    {
        var kind = row.Text("kind");
        var org = new Organization
        {
            Id = row.Text("code"),
            Identifier = [new Identifier(kind == "site" ? FhirSystems.OdsSite : FhirSystems.OdsOrganisation, row.Text("code"))],
            Name = row.Text("name"),
            Type = [new CodeableConcept("https://careforall.example/fhir/CodeSystem/organisation-kind", kind)],
            PartOf = Ods(row.Text("parent_code")),
        };
        if (row.Text("postcode") is { } postcode)
        {
            org.Address = [new Address { PostalCode = postcode }];
        }

        row.Extensions(org, "latitude", "longitude", "opened", "closed", "accepting_patients");
        return org;
    }

    private static Patient Patient(Row row)
    {
        var id = row.Long("patient_id");
        var patient = new Patient
        {
            Id = id.ToString(CultureInfo.InvariantCulture),
            Identifier = [new Identifier(FhirSystems.NhsNumber, PatientKey.SyntheticNhsNumber(id).Digits)],
            Gender = row.Text("sex") == "M" ? AdministrativeGender.Male : AdministrativeGender.Female,
            BirthDate = row.Date("birth_date"),
            GeneralPractitioner = [Ods(row.Text("practice_code"))!],
        };
        if (row.Date("death_date") is { } died)
        {
            patient.Deceased = new FhirDateTime(died);
        }

        patient.SetExtension(FhirSystems.EthnicCategoryExtension, new CodeableConcept(FhirSystems.EthnicCategory, row.Text("ethnic_category")));
        row.Extensions(patient, "lsoa", "imd_decile", "townsend", "commissioner_code", "death_cause");
        return patient;
    }

    private static Encounter Spell(Row row)
    {
        var encounter = new Encounter
        {
            Id = row.Long("spell_id").ToString(CultureInfo.InvariantCulture),
            Status = Encounter.EncounterStatus.Finished,
            Class = new Coding(FhirSystems.ActCode, row.Text("patient_class") == "day_case" ? "SS" : "IMP"),
            Subject = Subject(row),
            ServiceProvider = Ods(row.Text("provider_code")),
            Location = [new Encounter.LocationComponent { Location = Ods(row.Text("site_code"), FhirSystems.OdsSite)! }],
            Period = new Period { Start = row.Date("admission_date"), End = row.Date("discharge_date") },
            Hospitalization = new Encounter.HospitalizationComponent
            {
                DischargeDisposition = new CodeableConcept(FhirSystems.DischargeMethod, row.Text("discharge_method")),
            },
        };
        var rank = 1;
        foreach (var code in new[] { row.Text("primary_diagnosis") }.Concat(Split(row.Text("secondary_diagnoses"))))
        {
            encounter.Contained.Add(new Condition { Id = "d" + rank, Subject = Subject(row), Code = new CodeableConcept(FhirSystems.Icd10, code) });
            encounter.Diagnosis.Add(new Encounter.DiagnosisComponent { Condition = new ResourceReference("#d" + rank), Rank = rank++ });
        }

        foreach (var code in Split(row.Text("procedures")))
        {
            encounter.Contained.Add(new Procedure { Id = "p" + rank, Status = EventStatus.Completed, Subject = Subject(row), Code = new CodeableConcept(FhirSystems.Opcs4, code) });
            encounter.Diagnosis.Add(new Encounter.DiagnosisComponent { Condition = new ResourceReference("#p" + rank), Rank = rank++ });
        }

        row.Extensions(encounter, "practice_code", "commissioner_code", "admission_method", "admission_type", "specialty", "hrg",
            "age_on_admission", "sex", "imd_decile", "los_days");
        return encounter;
    }

    private static Encounter Attendance(Row row)
    {
        var encounter = new Encounter
        {
            Id = "ae-" + row.Long("attendance_id").ToString(CultureInfo.InvariantCulture),
            Status = Encounter.EncounterStatus.Finished,
            Class = new Coding(FhirSystems.ActCode, "EMER"),
            Subject = Subject(row),
            ServiceProvider = Ods(row.Text("provider_code")),
            Location = [new Encounter.LocationComponent { Location = Ods(row.Text("site_code"), FhirSystems.OdsSite)! }],
            Period = new Period { Start = Instant(row.Time("arrival_time")), End = Instant(row.Time("departure_time")) },
            Hospitalization = new Encounter.HospitalizationComponent
            {
                DischargeDisposition = new CodeableConcept(FhirSystems.AeDisposal, row.Text("disposal")),
            },
        };
        row.Extensions(encounter, "department_type", "age", "sex");
        return encounter;
    }

    private static Condition Condition(Row row)
    {
        var condition = new Condition
        {
            Subject = Subject(row),
            Code = new CodeableConcept(FhirSystems.Snomed, row.Text("code")),
            Onset = new FhirDateTime(row.Date("diagnosed_date")!),
        };
        row.Extensions(condition, "condition", "practice_code");
        return condition;
    }

    private static Observation Observation(Row row)
    {
        var kind = row.Text("kind");
        var code = new CodeableConcept(FhirSystems.Snomed, row.Text("code"));
        if (FhirSystems.ObservationKindByLoinc.FirstOrDefault(k => k.Value == kind).Key is { } loinc)
        {
            code.Coding.Add(new Coding(FhirSystems.Loinc, loinc));
        }

        return new Observation
        {
            Status = ObservationStatus.Final,
            Code = code,
            Subject = Subject(row),
            Effective = new FhirDateTime(row.Date("observed_date")!),
            Value = new Quantity { Value = decimal.Parse(row.Double("value").ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture), Unit = row.Text("unit") },
            Performer = [Ods(row.Text("practice_code"))!],
        };
    }

    private static MedicationRequest Medication(Row row) => new()
    {
        Status = MedicationRequest.MedicationrequestStatus.Completed,
        Intent = MedicationRequest.MedicationRequestIntent.Order,
        Subject = Subject(row),
        AuthoredOn = row.Date("prescribed_date"),
        Medication = new CodeableConcept(FhirSystems.BnfSection, row.Text("code")) { Text = row.Text("drug_class") },
        Requester = Ods(row.Text("practice_code")),
    };

    private static QuestionnaireResponse Proms(Row row)
    {
        var response = new QuestionnaireResponse
        {
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Questionnaire = "https://careforall.example/fhir/Questionnaire/proms",
            Subject = Subject(row),
            Encounter = new ResourceReference("Encounter/" + row.Long("spell_id").ToString(CultureInfo.InvariantCulture)),
            Authored = row.Date("response_date"),
            Author = Ods(row.Text("provider_code")),
        };
        foreach (var name in new[] { "procedure", "stage", "eq5d_profile", "eq5d_index", "eq5d_vas", "oxford_score", "age", "sex" })
        {
            if (LakeExtensions.ToFhir(row[name]) is { } value)
            {
                response.Item.Add(new QuestionnaireResponse.ItemComponent { LinkId = name, Answer = [new QuestionnaireResponse.AnswerComponent { Value = value }] });
            }
        }

        return response;
    }

    private static ResourceReference Subject(Row row) =>
        new() { Identifier = new Identifier(FhirSystems.NhsNumber, PatientKey.SyntheticNhsNumber(row.Long("patient_id")).Digits) };

    private static ResourceReference? Ods(string? code, string system = FhirSystems.OdsOrganisation) =>
        code is null ? null : new ResourceReference { Identifier = new Identifier(system, code) };

    private static string? Instant(DateTime? time) =>
        time?.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture) + "Z";

    private static IEnumerable<string> Split(string? list) => (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>One lake row read back from DuckDB, by column name.</summary>
    private readonly struct Row(LakeTable table, object?[] values)
    {
        public object? this[string column] => values[table.IndexOf(column)];

        public string? Text(string column) => this[column] as string;

        public long Long(string column) => Convert.ToInt64(this[column], CultureInfo.InvariantCulture);

        public double Double(string column) => Convert.ToDouble(this[column], CultureInfo.InvariantCulture);

        public DateTime? Time(string column) => this[column] as DateTime?;

        public string? Date(string column) => this[column] switch
        {
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => null,
        };

        public void Extensions(DomainResource resource, params string[] columns)
        {
            foreach (var column in columns)
            {
                var value = this[column];
                if (value is DateTime t && table.Columns[table.IndexOf(column)].Type == LakeType.Date)
                {
                    value = DateOnly.FromDateTime(t);
                }

                LakeExtensions.Add(resource, column, value);
            }
        }
    }
}
