using System.Text.Json;

namespace CareForAll.Data.Synthetic;

/// <summary>
/// Chooses the quality problems planted in a generated lake and writes them, with the national mortality model,
/// to truth.json. Each item names the organisation, its parameters, the measure that should reveal it and the
/// range that measure is expected to fall in.
/// </summary>
internal sealed class PlantedProblems
{
    private readonly List<Action<Utf8JsonWriter>> _items = [];

    public static PlantedProblems Plant(Geography geography, ulong seed)
    {
        var planted = new PlantedProblems();
        var rng = new Xoshiro256(seed, 0x7275);
        var trusts = geography.Trusts;
        var perProblem = Math.Max(1, (int)Math.Round(0.03 * trusts.Count));

        // Larger trusts first, so that effects are detectable; each trust gets at most one planted problem.
        var bySize = trusts.OrderByDescending(t => t.Catchment).ThenBy(t => t.Index).ToList();
        var pool = new List<Trust>(bySize.Take(Math.Max(4 * perProblem, bySize.Count / 2)));
        Trust Take()
        {
            var trust = pool[rng.Next(pool.Count)];
            pool.Remove(trust);
            return trust;
        }

        for (var i = 0; i < perProblem; i++)
        {
            var trust = Take();
            trust.MortalityMultiplier = Math.Round(1.25 + (0.2 * rng.NextDouble()), 2);
            var smr = trust.MortalityMultiplier;
            planted._items.Add(json =>
            {
                Begin(json, "excess_mortality", "trust", trust.Code);
                json.WriteNumber("smr", smr);
                json.WriteString("measure", "observed / expected deaths over all spells, expected from mortality_model");
                Range(json, 1.2, 1.5);
                json.WriteEndObject();
            });
        }

        for (var i = 0; i < perProblem; i++)
        {
            var trust = Take();
            trust.PromsGainMultiplier = 0.55;
            planted._items.Add(json =>
            {
                Begin(json, "poor_proms", "trust", trust.Code);
                json.WriteNumber("gain_multiplier", 0.55);
                json.WriteString("measure", "trust mean Oxford score gain (post − pre, paired by spell_id) / national mean gain");
                Range(json, 0.35, 0.75);
                json.WriteEndObject();
            });
        }

        for (var i = 0; i < perProblem; i++)
        {
            var trust = Take();
            trust.ReadmissionMultiplier = 2.0;
            planted._items.Add(json =>
            {
                Begin(json, "high_readmissions", "trust", trust.Code);
                json.WriteNumber("readmission_multiplier", 2.0);
                json.WriteString("measure", "share of the trust's discharges followed by an emergency admission (any trust) within 30 days / national share");
                Range(json, 1.3, 2.2);
                json.WriteEndObject();
            });
        }

        for (var i = 0; i < perProblem; i++)
        {
            var trust = Take();
            var kind = i % 2 == 0 ? 1 : 0;
            var first = 6 + rng.Next(TrustLedger.Months - 9);
            var months = new[] { first, first + 1, first + 2 };
            foreach (var m in months)
            {
                trust.InfectionMultiplier[kind, m] = 4;
            }

            planted._items.Add(json =>
            {
                Begin(json, "infection_outbreak", "trust", trust.Code);
                json.WriteString("kind", kind == 1 ? "c_difficile" : "mrsa_bacteraemia");
                json.WriteStartArray("months");
                foreach (var m in months)
                {
                    json.WriteStringValue(TrustLedger.MonthStart(m).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
                }

                json.WriteEndArray();
                json.WriteNumber("rate_multiplier", 4);
                json.WriteString("measure", "events per 10,000 bed days in the named months / the same trust's rate in its other months");
                Range(json, kind == 1 ? 2.5 : 1.5, kind == 1 ? 6.0 : 10.0);
                json.WriteEndObject();
            });
        }

        var practices = geography.Practices;
        var practiceCount = Math.Max(1, (int)Math.Round(0.02 * practices.Count));
        var chosen = new HashSet<int>();
        while (chosen.Count < practiceCount)
        {
            chosen.Add(rng.Next(practices.Count));
        }

        foreach (var index in chosen.Order())
        {
            var practice = practices[index];
            practice.HbA1cShift = 12;
            planted._items.Add(json =>
            {
                Begin(json, "poor_diabetes_control", "practice", practice.Code);
                json.WriteNumber("hba1c_shift", 12);
                json.WriteString("measure", "practice mean HbA1c (mmol/mol) of diabetes patients minus the national mean");
                Range(json, 7, 17);
                json.WriteEndObject();
            });
        }

        return planted;
    }

    /// <summary>Writes truth.json: the national mortality model and every planted item.</summary>
    public void Write(string path, double scale, ulong seed)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("scale", scale);
        json.WriteNumber("seed", seed);
        json.WritePropertyName("mortality_model");
        MortalityModel.Write(json);
        json.WriteStartArray("planted");
        foreach (var item in _items)
        {
            item(json);
        }

        json.WriteEndArray();
        json.WriteString("note", "everything not listed under planted comes from the national models");
        json.WriteEndObject();
    }

    private static void Begin(Utf8JsonWriter json, string problem, string organisationKind, string code)
    {
        json.WriteStartObject();
        json.WriteString("problem", problem);
        json.WriteString(organisationKind, code);
    }

    private static void Range(Utf8JsonWriter json, double low, double high)
    {
        json.WriteStartArray("range");
        json.WriteNumberValue(low);
        json.WriteNumberValue(high);
        json.WriteEndArray();
    }
}
