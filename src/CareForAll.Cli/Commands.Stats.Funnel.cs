using System.CommandLine;
using CareForAll.Cli.Stats;
using CareForAll.Statistics;

namespace CareForAll.Cli;

public static partial class Commands
{
    private static Command StatsFunnel()
    {
        var input = new Option<string>("--input")
        {
            Description = "CSV with columns unit,numerator,denominator (for --kind ratio: unit,observed,expected).",
            Required = true,
        };
        var kind = new Option<FunnelKind>("--kind")
        {
            Description = "proportion (binomial limits), rate (Poisson) or ratio (observed/expected, Poisson on the expected count).",
            Required = true,
        };
        var multiplier = new Option<double>("--multiplier")
        {
            Description = "Scale for values, limits and the target, e.g. 100 for a percentage or 100000 for a rate per 100,000.",
            DefaultValueFactory = _ => 1,
        };
        var target = new Option<double?>("--target")
        {
            Description = "Target on the scaled value; default the pooled value Σnumerator/Σdenominator (1 for ratios).",
        };
        var overdispersion = new Option<OverdispersionMethod>("--overdispersion")
        {
            Description = "none, multiplicative, additive or shmi (ratios only; NHS Digital's log-scale random effects with 10% trimmed at each end).",
            DefaultValueFactory = _ => OverdispersionMethod.None,
        };
        var command = new Command(
            "funnel",
            "Funnel plot limits at 95% and 99.8% for each unit's own denominator (Spiegelhalter, Stat Med 2005), with bands high_998, high_95, as_expected, low_95, low_998.")
        {
            input, kind, multiplier, target, overdispersion, FormatOption,
        };
        command.SetAction(parse =>
        {
            var funnelKind = parse.GetValue(kind);
            var units = ReadFunnelUnits(parse.GetValue(input)!, funnelKind);
            var result = FunnelPlot.Compare(units, funnelKind, parse.GetValue(overdispersion), parse.GetValue(target), parse.GetValue(multiplier));
            var rows = result.Points.Select(p => new ResultRow()
                .Add("unit", p.Unit.Name)
                .Add("value", p.Value)
                .Add("target", result.Target)
                .Add("lower95", p.Limits.Lower95)
                .Add("upper95", p.Limits.Upper95)
                .Add("lower998", p.Limits.Lower998)
                .Add("upper998", p.Limits.Upper998)
                .Add("z", p.Z)
                .Add("phi", result.Phi)
                .Add("tau2", result.Tau2)
                .Add("band", BandName(p.Band))).ToList();
            ResultWriter.Write(parse.InvocationConfiguration.Output, parse.GetValue(FormatOption), rows, single: false);
            return Ok;
        });
        return command;
    }

    private static List<FunnelUnit> ReadFunnelUnits(string path, FunnelKind kind)
    {
        var (numerator, denominator) = kind == FunnelKind.Ratio ? ("observed", "expected") : ("numerator", "denominator");
        var csv = CsvInput.Read(path, "unit", numerator, denominator);
        var units = new List<FunnelUnit>();
        foreach (var row in csv.Rows)
        {
            double count = row.GetCount(numerator);
            var size = kind == FunnelKind.Proportion ? row.GetCount(denominator) : row.GetDouble(denominator);
            if (size <= 0)
            {
                throw row.Error(denominator, $"'{row.GetString(denominator)}' must be more than zero");
            }

            if (kind == FunnelKind.Proportion && count > size)
            {
                throw row.Error(numerator, $"{count} is more than the denominator {size}");
            }

            units.Add(new FunnelUnit(row.GetString("unit"), count, size));
        }

        if (units.Count == 0)
        {
            throw new Core.InputException($"{path} row 2: no units; expected at least one data row");
        }

        return units;
    }

    private static string BandName(FunnelBand band) => band switch
    {
        FunnelBand.High998 => "high_998",
        FunnelBand.High95 => "high_95",
        FunnelBand.Low95 => "low_95",
        FunnelBand.Low998 => "low_998",
        _ => "as_expected",
    };
}
