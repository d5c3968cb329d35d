using System.Collections.Frozen;
using CareForAll.Core;
using CareForAll.Measures.Running;
using CareForAll.Web.Publishing;

namespace CareForAll.Web.Secured;

/// <summary>
/// The secured results: every figure the measure run wrote to <c>RESULTS/secured</c>, small counts included, for the
/// measures the site publishes. Only <see cref="SecuredResultsReader"/> hands rows out, after the access policy has
/// allowed the read and it is audited. Thread-safe: immutable after construction.
/// </summary>
public sealed class SecuredResults
{
    private readonly FrozenDictionary<string, IReadOnlyList<SecuredResult>> byUnit;

    public SecuredResults(IEnumerable<MeasureResult> secured, PublishedData published, bool available = true)
    {
        ArgumentNullException.ThrowIfNull(secured);
        ArgumentNullException.ThrowIfNull(published);
        var withheld = published.Results.Where(r => r.Suppressed)
            .Select(Key).ToHashSet();
        byUnit = secured.Where(r => published.Measure(r.MeasureId) is not null)
            .Select(r => new SecuredResult(r, withheld.Contains(Key(r))))
            .GroupBy(r => r.Result.UnitCode, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<SecuredResult>)[.. g], StringComparer.OrdinalIgnoreCase);
        Available = available;
    }

    /// <summary>False when the results folder has no secured copy (an older measure run); then nothing is shown.</summary>
    public bool Available { get; }

    /// <summary>Every secured row of <paramref name="organisation"/>, in file order. Callers ask the access policy first.</summary>
    internal IReadOnlyList<SecuredResult> For(OdsCode organisation) => byUnit.GetValueOrDefault(organisation.ToString()) ?? [];

    /// <summary>Reads <c>RESULTS/secured/results.parquet</c> (or <c>.csv</c>); an empty, unavailable set when there is neither.</summary>
    public static SecuredResults Load(string results, PublishedData published)
    {
        var file = Path.Combine(results, "secured", "results.parquet");
        if (!File.Exists(file))
        {
            file = Path.Combine(results, "secured", "results.csv");
        }

        return File.Exists(file) ? new SecuredResults(ResultFiles.Read(file), published) : new SecuredResults([], published, available: false);
    }

    private static (string, string, string, string) Key(MeasureResult r) => (r.MeasureId, r.UnitType, r.UnitCode.ToUpperInvariant(), r.Period);
}
