using CareForAll.Measures.Definitions;
using CareForAll.Web.Publishing;

namespace CareForAll.Web.Api;

/// <summary>An organisation as the API returns it.</summary>
public sealed record OrganisationDto(
    string Code, string Name, string Kind, string? ParentCode, string? Postcode, double? Latitude, double? Longitude, bool? AcceptingPatients)
{
    public static OrganisationDto From(Organisation o) =>
        new(o.Code, o.Name, o.Kind, o.ParentCode, o.Postcode, o.Latitude, o.Longitude, o.AcceptingPatients);
}

/// <summary>A measure definition as the API returns it, with the definition file as published.</summary>
public sealed record MeasureDto(
    string Id, int Version, string Title, string Description, string Domain, string Unit, string Method,
    string HigherIs, string Status, string Owner, double Multiplier, IReadOnlyList<string> References, string DefinitionFile)
{
    public static MeasureDto From(MeasureDefinition m) => new(
        m.Id, m.Version, m.Title, m.Description.Trim(), m.Domain, m.Unit, MeasureFileReader.MethodName(m.Method), m.HigherIsBetter ? "better" : "worse",
        m.Status, m.Owner, m.Multiplier, m.References, m.SourceText);
}

/// <summary>One published result: the columns of <c>published/results.csv</c> (docs/measures.md).</summary>
public sealed record ResultDto(
    string MeasureId, int MeasureVersion, string Domain, string UnitType, string UnitCode, string Period,
    double? Numerator, double? Denominator, double? Observed, double? Expected, double? Value,
    double? Lower95, double? Upper95, double? Lower998, double? Upper998, double? EnglandValue, string Band, bool Suppressed)
{
    public static ResultDto From(CareForAll.Measures.Running.MeasureResult r) => new(
        r.MeasureId, r.MeasureVersion, r.Domain, r.UnitType, r.UnitCode, r.Period, r.Numerator, r.Denominator, r.Observed,
        r.Expected, r.Value, r.Lower95, r.Upper95, r.Lower998, r.Upper998, r.EnglandValue, r.Band, r.Suppressed);
}
