using System.Collections.Frozen;
using System.Security.Cryptography;
using CareForAll.Core;
using CareForAll.Data;
using CareForAll.Measures.Definitions;
using CareForAll.Measures.Running;

namespace CareForAll.Web.Publishing;

/// <summary>
/// Everything the public site shows, loaded once and read-only: the organisation table of the lake and the
/// published (small-number-suppressed) results. The site never reads patient rows or the secured results.
/// Thread-safe: immutable after construction.
/// </summary>
public sealed class PublishedData
{
    private readonly FrozenDictionary<string, Organisation> organisations;
    private readonly FrozenDictionary<string, MeasureDefinition> measures;
    private readonly FrozenDictionary<string, IReadOnlyList<MeasureResult>> byUnit;
    private readonly FrozenDictionary<string, IReadOnlyList<MeasureResult>> byMeasure;
    private readonly FrozenDictionary<string, (double Latitude, double Longitude)> postcodes;

    public PublishedData(IEnumerable<Organisation> organisations, IEnumerable<MeasureResult> results, IEnumerable<MeasureDefinition> measures, DateTimeOffset publishedOn)
    {
        this.organisations = organisations.ToFrozenDictionary(o => o.Code, StringComparer.OrdinalIgnoreCase);
        var definitions = measures.ToDictionary(m => m.Id, StringComparer.Ordinal);
        Results = [.. results.Where(r => definitions.ContainsKey(r.MeasureId)).Select(r => SmallNumbers.Withhold(r, definitions[r.MeasureId].Method))];
        var measured = Results.Select(r => r.MeasureId).ToHashSet(StringComparer.Ordinal);
        this.measures = definitions.Values.Where(m => measured.Contains(m.Id)).ToFrozenDictionary(m => m.Id, StringComparer.Ordinal);
        Measures = [.. this.measures.Values.OrderBy(m => m.Domain, StringComparer.Ordinal).ThenBy(m => m.Title, StringComparer.Ordinal)];
        byUnit = Results.GroupBy(r => r.UnitCode, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<MeasureResult>)[.. g], StringComparer.OrdinalIgnoreCase);
        byMeasure = Results.GroupBy(r => r.MeasureId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<MeasureResult>)[.. g], StringComparer.Ordinal);
        Periods = [.. Results.Select(r => r.Period).Distinct().Order(StringComparer.Ordinal)];
        postcodes = this.organisations.Values
            .Where(o => o.Postcode is not null && o.Latitude is not null && o.Longitude is not null)
            .GroupBy(o => NormalisePostcode(o.Postcode!))
            .ToFrozenDictionary(g => g.Key, g => (g.First().Latitude!.Value, g.First().Longitude!.Value));
        PublishedOn = publishedOn;
        Version = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            $"{publishedOn:O}|{Results.Count}|{this.organisations.Count}")))[..16].ToLowerInvariant();
    }

    /// <summary>Every published result of a known measure, in file order.</summary>
    public IReadOnlyList<MeasureResult> Results { get; }

    /// <summary>The measures that have results, by domain then title.</summary>
    public IReadOnlyList<MeasureDefinition> Measures { get; }

    /// <summary>The financial years with results, oldest first.</summary>
    public IReadOnlyList<string> Periods { get; }

    public string LatestPeriod => Periods.Count > 0 ? Periods[^1] : "";

    /// <summary>When the results were published (the results file's time).</summary>
    public DateTimeOffset PublishedOn { get; }

    /// <summary>A short fingerprint of the data, part of every ETag: it changes when the data is reloaded.</summary>
    public string Version { get; }

    public IEnumerable<Organisation> Organisations => organisations.Values;

    public Organisation? Organisation(string code) => organisations.GetValueOrDefault(code);

    public MeasureDefinition? Measure(string id) => measures.GetValueOrDefault(id);

    public IReadOnlyList<MeasureResult> ResultsFor(string unitCode) => byUnit.GetValueOrDefault(unitCode) ?? [];

    public IReadOnlyList<MeasureResult> ResultsOf(string measureId) => byMeasure.GetValueOrDefault(measureId) ?? [];

    /// <summary>The latest result of each measure for a unit, by domain then title.</summary>
    public IReadOnlyList<(MeasureDefinition Measure, MeasureResult Latest, IReadOnlyList<MeasureResult> Trend)> LatestFor(string unitCode) =>
        [.. ResultsFor(unitCode).GroupBy(r => r.MeasureId, StringComparer.Ordinal)
            .Where(g => measures.ContainsKey(g.Key))
            .Select(g =>
            {
                var trend = g.OrderBy(r => r.Period, StringComparer.Ordinal).ToList();
                return (measures[g.Key], trend[^1], (IReadOnlyList<MeasureResult>)trend);
            })
            .OrderBy(x => x.Item1.Domain, StringComparer.Ordinal).ThenBy(x => x.Item1.Title, StringComparer.Ordinal)];

    /// <summary>The coordinates of a full postcode, or of the centre of a postcode district or sector ("AB1", "AB1 2").</summary>
    public (double Latitude, double Longitude)? Locate(string postcode)
    {
        var key = NormalisePostcode(postcode);
        if (key.Length < 2)
        {
            return null;
        }

        if (postcodes.TryGetValue(key, out var exact))
        {
            return exact;
        }

        var prefix = postcode.Trim().ToUpperInvariant();
        var matches = organisations.Values
            .Where(o => o.Postcode is not null && o.Latitude is not null && o.Longitude is not null
                && o.Postcode.StartsWith(prefix + " ", StringComparison.OrdinalIgnoreCase) | (prefix.Contains(' ', StringComparison.Ordinal) && o.Postcode.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return matches.Count == 0 ? null : (matches.Average(o => o.Latitude!.Value), matches.Average(o => o.Longitude!.Value));
    }

    /// <summary>Upper case without spaces, so "ab1 2cd" and "AB12CD" match.</summary>
    public static string NormalisePostcode(string postcode) =>
        string.Concat(postcode.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>
    /// Loads the organisation table from the lake and <c>RESULTS/published/results.parquet</c> (or <c>.csv</c>).
    /// Throws <see cref="InputException"/> naming the missing folder or file.
    /// </summary>
    public static PublishedData Load(string lake, string results)
    {
        if (!Directory.Exists(lake))
        {
            throw new InputException($"{lake}: lake folder not found (run 'careforall generate' first)");
        }

        var published = Path.Combine(results, "published", "results.parquet");
        if (!File.Exists(published))
        {
            published = Path.Combine(results, "published", "results.csv");
        }

        var rows = ResultFiles.Read(published);
        return new PublishedData(ReadOrganisations(lake), rows, MeasureFileReader.ReadBuiltIn(), File.GetLastWriteTimeUtc(published));
    }

    private static List<Organisation> ReadOrganisations(string lake)
    {
        using var connection = Lake.Open(lake);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT code, name, kind, parent_code, postcode, latitude, longitude, accepting_patients FROM organisation WHERE closed IS NULL";
        using var reader = command.ExecuteReader();
        var list = new List<Organisation>();
        while (reader.Read())
        {
            list.Add(new Organisation(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetDouble(5),
                reader.IsDBNull(6) ? null : reader.GetDouble(6),
                reader.IsDBNull(7) ? null : reader.GetBoolean(7)));
        }

        return list;
    }
}
