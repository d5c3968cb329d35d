using CareForAll.Data.Ingestion;

namespace CareForAll.Data.Tests.Ingestion;

/// <summary>FHIR R4 bulk NDJSON: UK Core identifiers, codes to lake columns, refusals from the parser and the rules.</summary>
public sealed class FhirIngestTests : IDisposable
{
    private readonly IngestFolder folder = new();

    public void Dispose() => folder.Dispose();

    private const string Nhs = "https://fhir.nhs.uk/Id/nhs-number";
    private const string Ods = "https://fhir.nhs.uk/Id/ods-organization-code";

    private static string Patient(string id, string nhs) =>
        $$$"""{"resourceType":"Patient","id":"{{{id}}}","identifier":[{"system":"{{{Nhs}}}","value":"{{{nhs}}}"}],"gender":"female","birthDate":"1950-03-01","generalPractitioner":[{"identifier":{"system":"{{{Ods}}}","value":"A81001"}}],"extension":[{"url":"https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory","valueCodeableConcept":{"coding":[{"system":"https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland","code":"A"}]}},{"url":"https://careforall.example/fhir/StructureDefinition/lake-lsoa","valueString":"E01000001"},{"url":"https://careforall.example/fhir/StructureDefinition/lake-imd_decile","valueInteger":3},{"url":"https://careforall.example/fhir/StructureDefinition/lake-townsend","valueDecimal":1.5},{"url":"https://careforall.example/fhir/StructureDefinition/lake-commissioner_code","valueString":"5A0"}]}""";

    private static string Observation(string nhs, string loinc, string value) =>
        $$$"""{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"{{{loinc}}}"},{"system":"http://snomed.info/sct","code":"999791000000106"}]},"subject":{"identifier":{"system":"{{{Nhs}}}","value":"{{{nhs}}}"}},"effectiveDateTime":"2009-06-01","valueQuantity":{"value":{{{value}}},"unit":"mmol/mol"},"performer":[{"identifier":{"system":"{{{Ods}}}","value":"A81001"}}]}""";

    [Fact]
    public void PatientAndObservation_MapIdentifiersAndCodes()
    {
        var patients = folder.Write("Patient.ndjson", Patient("p1", "9434765919") + "\n");
        var observations = folder.Write("Observation.ndjson", Observation("9434765919", "59261-8", "48") + "\n");

        var result = LakeIngestion.Run(folder.LakeDir, [observations, patients]);

        Assert.Equal((2L, 2L), (result.Read, result.Loaded));
        using var lake = Lake.Open(folder.LakeDir);
        var patientId = PatientKey.FromNhsNumber(Core.NhsNumber.Parse("9434765919"));
        Assert.Equal(new object?[] { patientId, "F", "A", "A81001", (sbyte)3 },
            Sql.Rows(lake, "SELECT patient_id, sex, ethnic_category, practice_code, imd_decile FROM patient").Single());
        Assert.Equal(new object?[] { patientId, "hba1c", 48.0, "999791000000106", "A81001" },
            Sql.Rows(lake, "SELECT patient_id, kind, value, code, practice_code FROM observation").Single());
    }

    [Theory]
    [InlineData("{\"resourceType\":\"Patient\",", "(resource)", "")]
    [InlineData("{\"resourceType\":\"Patient\",\"gender\":\"female\",\"birthDate\":\"1950-13-45\"}", "(resource)", "")]
    [InlineData("{\"resourceType\":\"AllergyIntolerance\",\"patient\":{\"reference\":\"Patient/p1\"}}", "resourceType", "not ingested")]
    public void UnreadableOrUnmappedResource_IsQuarantined(string line, string field, string reason)
    {
        var file = folder.Write("Patient.ndjson", Patient("p1", "9434765919") + "\n" + line + "\n");

        var result = LakeIngestion.Run(folder.LakeDir, [file]);

        Assert.Equal((2L, 1L, 1L), (result.Read, result.Loaded, result.Quarantined));
        var refused = result.Quarantine.Single();
        Assert.Equal((2L, field), (refused.Line, refused.Field));
        Assert.Contains(reason, refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NhsNumberWithAWrongCheckDigit_IsQuarantined()
    {
        var file = folder.Write("Patient.ndjson", Patient("p1", "9434765918") + "\n");

        var result = LakeIngestion.Run(folder.LakeDir, [file]);

        Assert.Equal(("identifier", 1L), (result.Quarantine.Single().Field, result.Quarantined));
    }

    [Fact]
    public void ObservationForAPatientNotLoaded_IsQuarantined()
    {
        var file = folder.Write("Observation.ndjson", Observation("9434765919", "59261-8", "48") + "\n");

        var result = LakeIngestion.Run(folder.LakeDir, [file]);

        Assert.Equal("patient_id", result.Quarantine.Single().Field);
    }
}
