using System.Globalization;
using System.Text.Json;
using CareForAll.Measures.Definitions;
using CareForAll.Measures.Running;
using CareForAll.Web.Publishing;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace CareForAll.Web.Fhir;

/// <summary>
/// FHIR R4 resources for the published results: a <c>Measure</c> per definition and a <c>MeasureReport</c>
/// (type summary) per organisation × measure × period, built with the Firely SDK. Suppressed rows carry no counts
/// and no score.
/// </summary>
public static class FhirResources
{
    public const string ContentType = "application/fhir+json";
    private const string PopulationSystem = "http://terminology.hl7.org/CodeSystem/measure-population";
    private const string ImprovementSystem = "http://terminology.hl7.org/CodeSystem/measure-improvement-notation";
    private const string ScoringSystem = "http://terminology.hl7.org/CodeSystem/measure-scoring";

    /// <summary>Serialises Firely resources to FHIR JSON.</summary>
    public static JsonSerializerOptions Json { get; } = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    public static string Serialize(Resource resource) => JsonSerializer.Serialize(resource, resource.GetType(), Json);

    /// <summary>The id of a report: <c>CODE.measure-id.2010-11</c> (FHIR ids allow letters, digits, '-' and '.').</summary>
    public static string ReportId(MeasureResult r) => $"{r.UnitCode}.{r.MeasureId}.{r.Period}";

    /// <summary>Splits a report id into organisation, measure and period, or null when it is not one.</summary>
    public static (string Code, string Measure, string Period)? ParseReportId(string id)
    {
        var parts = id.Split('.');
        return parts.Length == 3 ? (parts[0], parts[1], parts[2]) : null;
    }

    public static string MeasureUrl(string baseUrl, MeasureDefinition measure) => $"{baseUrl}/api/fhir/Measure/{measure.Id}";

    public static Measure MeasureOf(MeasureDefinition measure, string baseUrl)
    {
        var populations = new List<Measure.PopulationComponent>
        {
            Population(measure.Method == MeasureMethod.Proportion ? "denominator" : "initial-population", PopulationCriteria(measure.Population)),
        };
        if (measure.Numerator is { } numerator)
        {
            populations.Add(Population("numerator", numerator));
        }

        if (measure.Outcome is { } outcome)
        {
            populations.Add(Population(measure.Method is MeasureMethod.Mean or MeasureMethod.CaseMixAdjustedMean ? "measure-observation" : "numerator", outcome));
        }

        return new Measure
        {
            Id = measure.Id,
            Url = MeasureUrl(baseUrl, measure),
            Version = measure.Version.ToString(CultureInfo.InvariantCulture),
            Name = string.Concat(measure.Id.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..])),
            Title = measure.Title,
            Status = measure.Status switch
            {
                "approved" => PublicationStatus.Active,
                "retired" => PublicationStatus.Retired,
                _ => PublicationStatus.Draft,
            },
            Publisher = measure.Owner,
            Description = measure.Description.Trim(),
            Scoring = new CodeableConcept(ScoringSystem, measure.Method switch
            {
                MeasureMethod.Proportion => "proportion",
                MeasureMethod.Mean or MeasureMethod.CaseMixAdjustedMean => "continuous-variable",
                _ => "ratio",
            }),
            ImprovementNotation = Improvement(measure),
            Topic = [new CodeableConcept { Text = measure.Domain }],
            RelatedArtifact = [.. measure.References.Select(r => new RelatedArtifact { Type = RelatedArtifact.RelatedArtifactType.Citation, Citation = r })],
            Group = [new Measure.GroupComponent { Population = populations }],
        };
    }

    public static MeasureReport ReportOf(MeasureResult result, MeasureDefinition measure, Organisation? organisation, DateTimeOffset publishedOn, string baseUrl)
    {
        var group = new MeasureReport.GroupComponent();
        if (result.Numerator is double numerator)
        {
            group.Population.Add(Count("numerator", numerator));
        }

        if (result.Denominator is double denominator)
        {
            group.Population.Add(Count(measure.Method == MeasureMethod.Proportion ? "denominator" : "initial-population", denominator));
        }

        if (result.Value is double value)
        {
            group.MeasureScore = new Quantity { Value = (decimal)Math.Round(value, 6), Unit = ValueFormat.Suffix(measure).Trim() is { Length: > 0 } unit ? unit : null };
        }

        return new MeasureReport
        {
            Id = ReportId(result),
            Status = MeasureReport.MeasureReportStatus.Complete,
            Type = MeasureReport.MeasureReportType.Summary,
            Measure = $"{MeasureUrl(baseUrl, measure)}|{result.MeasureVersion.ToString(CultureInfo.InvariantCulture)}",
            Subject = new ResourceReference($"Organization/{result.UnitCode}", organisation?.Name),
            Date = publishedOn.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture),
            Period = new Period(
                new FhirDateTime(ReportingYear.Start(result.Period).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                new FhirDateTime(ReportingYear.End(result.Period).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            ImprovementNotation = Improvement(measure),
            Group = [group],
        };
    }

    /// <summary>A searchset bundle of <paramref name="resources"/>, one page of <paramref name="total"/>.</summary>
    public static Bundle SearchSet(IEnumerable<Resource> resources, int total, string baseUrl, string resourceType) => new()
    {
        Type = Bundle.BundleType.Searchset,
        Total = total,
        Entry = [.. resources.Select(r => new Bundle.EntryComponent
        {
            FullUrl = $"{baseUrl}/api/fhir/{resourceType}/{r.Id}",
            Resource = r,
            Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match },
        })],
    };

    private static CodeableConcept Improvement(MeasureDefinition measure) =>
        new(ImprovementSystem, measure.HigherIsBetter ? "increase" : "decrease");

    private static Measure.PopulationComponent Population(string code, string criteria) => new()
    {
        Code = new CodeableConcept(PopulationSystem, code),
        Criteria = new Expression { Language = "text/x-duckdb-sql", Expression_ = criteria },
    };

    private static MeasureReport.PopulationComponent Count(string code, double count) => new()
    {
        Code = new CodeableConcept(PopulationSystem, code),
        Count = (int)Math.Round(count),
    };

    private static string PopulationCriteria(RowSource source)
    {
        var conditions = new[] { source.Where }.Concat(source.Exclusions.Select(e => $"NOT ({e})")).OfType<string>().ToList();
        return conditions.Count == 0 ? $"SELECT * FROM {source.From}" : $"SELECT * FROM {source.From} WHERE {string.Join(" AND ", conditions)}";
    }
}
