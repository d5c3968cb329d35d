using System.Globalization;
using System.Text.RegularExpressions;
using CareForAll.Core;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareForAll.Measures.Definitions;

/// <summary>
/// Reads measure definition files (YAML). A malformed file is refused with an <see cref="InputException"/> naming
/// the file, the line and the reason; unknown keys are refused too, so a misspelt key never goes unnoticed.
/// </summary>
public static partial class MeasureFileReader
{
    public static readonly IReadOnlyList<string> Domains = ["effectiveness", "safety", "experience", "access", "prevention"];

    public static readonly IReadOnlyList<string> Units = ["trust", "practice", "commissioner", "region"];

    public static readonly IReadOnlyList<string> Statuses = ["draft", "consultation", "approved", "retired"];

    private static readonly Dictionary<string, MeasureMethod> Methods = new()
    {
        ["proportion"] = MeasureMethod.Proportion,
        ["rate"] = MeasureMethod.Rate,
        ["directly-standardised-rate"] = MeasureMethod.DirectlyStandardisedRate,
        ["indirectly-standardised-ratio"] = MeasureMethod.IndirectlyStandardisedRatio,
        ["mean"] = MeasureMethod.Mean,
        ["case-mix-adjusted-mean"] = MeasureMethod.CaseMixAdjustedMean,
    };

    private static readonly string[] TopKeys =
    [
        "id", "version", "title", "description", "domain", "unit", "rollup", "method", "higher_is", "status", "owner",
        "references", "multiplier", "population", "numerator", "outcome", "denominator", "covariates", "age",
    ];

    private static readonly string[] SourceKeys = ["from", "unit", "date", "where", "exclude", "sum", "age", "sex"];

    /// <summary>The method as the definition files write it, e.g. <c>indirectly-standardised-ratio</c>.</summary>
    public static string MethodName(MeasureMethod method) => Methods.First(p => p.Value == method).Key;

    /// <summary>The measures shipped with CareForAll (the repository's <c>measures/</c> folder, embedded).</summary>
    public static IReadOnlyList<MeasureDefinition> ReadBuiltIn()
    {
        var assembly = typeof(MeasureFileReader).Assembly;
        var list = new List<MeasureDefinition>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("measures/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            list.Add(Parse(name, reader.ReadToEnd()));
        }

        return CheckUniqueIds(list);
    }

    /// <summary>Every <c>*.yaml</c>/<c>*.yml</c> file in a folder, in name order.</summary>
    public static IReadOnlyList<MeasureDefinition> ReadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new InputException($"{folder}: measures folder not found");
        }

        var files = Directory.EnumerateFiles(folder, "*.yaml").Concat(Directory.EnumerateFiles(folder, "*.yml")).Order(StringComparer.Ordinal);
        return CheckUniqueIds(files.Select(f => Parse(f, File.ReadAllText(f))).ToList());
    }

    /// <summary>Reads one definition from its text; <paramref name="file"/> names it in errors.</summary>
    public static MeasureDefinition Parse(string file, string text)
    {
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                throw new InputException($"{file} line 1: a measure file must hold one mapping of keys to values");
            }

            root = mapping;
        }
        catch (YamlException ex)
        {
            throw new InputException($"{file} line {ex.Start.Line}: not valid YAML: {ex.Message}", ex);
        }

        var node = new Node(file, root);
        node.RejectUnknown(TopKeys);
        var id = node.Required("id");
        if (!IdPattern().IsMatch(id))
        {
            throw node.Error("id", $"'{id}' is not a measure id (lower-case letters, digits and hyphens)");
        }

        var method = node.OneOf("method", Methods.Keys.ToList(), null);
        var higherIs = node.OneOf("higher_is", ["better", "worse"], null);
        var definition = new MeasureDefinition
        {
            Id = id,
            Version = node.Integer("version", 1, null),
            Title = node.Required("title"),
            Description = node.Required("description"),
            Domain = node.OneOf("domain", Domains, null),
            Unit = node.OneOf("unit", Units, null),
            Rollup = node.List("rollup"),
            Method = Methods[method],
            HigherIsBetter = higherIs == "better",
            Status = node.OneOf("status", Statuses, null),
            Owner = node.Required("owner"),
            References = node.List("references"),
            Multiplier = node.Number("multiplier", 1),
            Population = ReadSource(node.Mapping("population") ?? throw node.Error("population", "required key is missing")),
            Numerator = node.Optional("numerator"),
            Outcome = node.Optional("outcome"),
            Denominator = node.Mapping("denominator") is { } denominator ? ReadSource(denominator) : null,
            Covariates = ReadCovariates(node),
            MinAge = node.Mapping("age")?.Integer("min", 0, 0) ?? 0,
            MaxAge = node.Mapping("age")?.Integer("max", 0, 150) ?? 150,
            SourceFile = file,
            SourceText = text,
        };

        foreach (var parent in definition.Rollup)
        {
            if (!Units.Contains(parent) || Units.ToList().IndexOf(parent) <= Units.ToList().IndexOf(definition.Unit))
            {
                throw node.Error("rollup", $"'{parent}' is not a unit above {definition.Unit} (one of {string.Join(", ", Units)})");
            }
        }

        CheckMethodNeeds(node, definition);
        return definition;
    }

    private static void CheckMethodNeeds(Node node, MeasureDefinition d)
    {
        switch (d.Method)
        {
            case MeasureMethod.Proportion when d.Numerator is null:
                throw node.Error("numerator", "a proportion needs a numerator condition");
            case MeasureMethod.Rate when d.Denominator?.Sum is null:
                throw node.Error("denominator", "a rate needs a denominator with a 'sum' expression");
            case MeasureMethod.DirectlyStandardisedRate when d.Population.Age is null:
                throw node.Error("population", "a directly standardised rate needs an 'age' expression for each event");
            case MeasureMethod.IndirectlyStandardisedRatio when d.Outcome is null || d.Covariates.Count == 0:
                throw node.Error(d.Outcome is null ? "outcome" : "covariates", "a standardised ratio needs an outcome condition and the covariates of its risk model");
            case MeasureMethod.Mean when d.Outcome is null:
            case MeasureMethod.CaseMixAdjustedMean when d.Outcome is null:
                throw node.Error("outcome", "a mean needs an outcome value expression");
            case MeasureMethod.CaseMixAdjustedMean when d.Covariates.Count == 0:
                throw node.Error("covariates", "a case-mix adjusted mean needs the covariates of its model");
            default:
                break;
        }
    }

    private static RowSource ReadSource(Node node)
    {
        node.RejectUnknown(SourceKeys);
        return new RowSource(
            node.Required("from"),
            node.Required("unit"),
            node.Required("date"),
            node.Optional("where"),
            node.List("exclude"),
            node.Optional("sum"),
            node.Optional("age"),
            node.Optional("sex"));
    }

    private static List<Covariate> ReadCovariates(Node node)
    {
        var covariates = new List<Covariate>();
        foreach (var item in node.Mappings("covariates"))
        {
            item.RejectUnknown(["name", "expression", "type"]);
            var type = item.OneOf("type", ["category", "numeric"], "category");
            covariates.Add(new Covariate(item.Required("name"), item.Required("expression"), type == "numeric"));
        }

        if (covariates.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() != covariates.Count)
        {
            throw node.Error("covariates", "two covariates have the same name");
        }

        return covariates;
    }

    private static IReadOnlyList<MeasureDefinition> CheckUniqueIds(List<MeasureDefinition> list)
    {
        foreach (var group in list.GroupBy(d => d.Id).Where(g => g.Count() > 1))
        {
            throw new InputException($"{group.Last().SourceFile} line 1: measure id '{group.Key}' is also defined in {group.First().SourceFile}");
        }

        return list;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    /// <summary>A YAML mapping with its file, for typed look-ups whose errors carry the line.</summary>
    private sealed class Node(string file, YamlMappingNode mapping)
    {
        public InputException Error(string key, string reason)
        {
            var line = mapping.Children.FirstOrDefault(p => p.Key is YamlScalarNode s && s.Value == key).Key?.Start.Line
                ?? mapping.Start.Line;
            return new InputException($"{file} line {line}, field {key}: {reason}");
        }

        public void RejectUnknown(IReadOnlyCollection<string> allowed)
        {
            foreach (var key in mapping.Children.Keys)
            {
                if (key is not YamlScalarNode { Value: { } name } || !allowed.Contains(name))
                {
                    throw new InputException($"{file} line {key.Start.Line}: unknown key '{key}' (allowed: {string.Join(", ", allowed)})");
                }
            }
        }

        private YamlNode? Get(string key) =>
            mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

        public string? Optional(string key) => Get(key) switch
        {
            null => null,
            YamlScalarNode { Value: var v } when string.IsNullOrWhiteSpace(v) => throw Error(key, "value is empty"),
            YamlScalarNode { Value: var v } => v!.Trim(),
            _ => throw Error(key, "expected a single value, not a list or mapping"),
        };

        public string Required(string key) => Optional(key) ?? throw Error(key, "required key is missing");

        public string OneOf(string key, IReadOnlyList<string> allowed, string? fallback)
        {
            var value = Optional(key) ?? fallback ?? throw Error(key, "required key is missing");
            return allowed.Contains(value) ? value : throw Error(key, $"'{value}' is not one of {string.Join(", ", allowed)}");
        }

        public int Integer(string key, int min, int? fallback)
        {
            var text = Optional(key);
            if (text is null)
            {
                return fallback ?? throw Error(key, "required key is missing");
            }

            return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min
                ? value
                : throw Error(key, $"'{text}' is not a whole number of at least {min}");
        }

        public double Number(string key, double fallback)
        {
            var text = Optional(key);
            if (text is null)
            {
                return fallback;
            }

            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0
                ? value
                : throw Error(key, $"'{text}' is not a positive number");
        }

        public Node? Mapping(string key) => Get(key) switch
        {
            null => null,
            YamlMappingNode m => new Node(file, m),
            _ => throw Error(key, "expected a mapping of keys to values"),
        };

        public List<string> List(string key) => Get(key) switch
        {
            null => [],
            YamlSequenceNode s => s.Children.Select(c => c is YamlScalarNode { Value: { } v } ? v.Trim() : throw Error(key, "expected a list of single values")).ToList(),
            _ => throw Error(key, "expected a list"),
        };

        public IEnumerable<Node> Mappings(string key) => Get(key) switch
        {
            null => [],
            YamlSequenceNode s => s.Children.Select(c => c is YamlMappingNode m ? new Node(file, m) : throw Error(key, "expected a list of mappings")),
            _ => throw Error(key, "expected a list"),
        };
    }
}
