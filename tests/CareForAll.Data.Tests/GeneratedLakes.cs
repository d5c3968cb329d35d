using System.Data.Common;
using CareForAll.Data.Synthetic;

[assembly: AssemblyFixture(typeof(CareForAll.Data.Tests.GeneratedLakes))]

namespace CareForAll.Data.Tests;

/// <summary>
/// Lakes generated once per test run into a temporary folder and shared by every test class: three tiny ones
/// for determinism (scale 0.002, seeds 7, 7 and 8), one at scale 0.01 for distributions and keys, and one at
/// scale 0.05 for the planted excess mortality.
/// </summary>
public sealed class GeneratedLakes : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "careforall-data-tests-" + Environment.ProcessId);
    private readonly Lazy<string> _hundredth;
    private readonly Lazy<string> _twentieth;
    private readonly Lazy<(string A, string B, string Other)> _tiny;

    public GeneratedLakes()
    {
        _hundredth = new(() => Generate("s0.01", 0.01, 42));
        _twentieth = new(() => Generate("s0.05", 0.05, 42));
        _tiny = new(() => (Generate("tiny-a", 0.002, 7), Generate("tiny-b", 0.002, 7), Generate("tiny-c", 0.002, 8)));
    }

    public string Hundredth => _hundredth.Value;

    public string Twentieth => _twentieth.Value;

    public (string A, string B, string Other) Tiny => _tiny.Value;

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string Generate(string name, double scale, ulong seed)
    {
        var dir = Path.Combine(_root, name);
        SyntheticEngland.Generate(dir, new GenerationOptions(scale, seed));
        return dir;
    }
}

/// <summary>Small helpers for running scalar SQL over a lake.</summary>
internal static class Sql
{
    public static double Scalar(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is null or DBNull ? double.NaN : Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static List<object?[]> Rows(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var values = new object?[reader.FieldCount];
            reader.GetValues(values!);
            rows.Add([.. values.Select(v => v is DBNull ? null : v)]);
        }

        return rows;
    }
}
