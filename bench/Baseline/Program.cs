using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CareForAll.Data;
using DuckDB.NET.Data;

// Usage: Baseline <manifest.json> <out-dir>
// For each lake table, DuckDB writes as many rows as the manifest lists, with the table's column types, using
// COPY (SELECT … FROM range(n)) TO 'out/table.parquet' (Snappy), and prints "table rows seconds".
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Baseline <manifest.json> <out-dir>");
    return 1;
}

var rows = JsonDocument.Parse(File.ReadAllText(args[0])).RootElement.GetProperty("rows");
Directory.CreateDirectory(args[1]);
using var connection = new DuckDBConnection("Data Source=:memory:");
connection.Open();
foreach (var table in LakeSchema.Tables)
{
    var n = rows.GetProperty(table.Name).GetInt64();
    var columns = string.Join(", ", table.Columns.Select(c => $"{Expression(c.Type)} AS \"{c.Name}\""));
    var path = Path.Combine(Path.GetFullPath(args[1]), table.Name + ".parquet");
    using var command = connection.CreateCommand();
    command.CommandText = $"COPY (SELECT {columns} FROM range({n}) t(i)) TO '{path}' (FORMAT parquet, COMPRESSION snappy)";
    var clock = Stopwatch.StartNew();
    command.ExecuteNonQuery();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{table.Name} {n} {clock.Elapsed.TotalSeconds:F3}"));
}

return 0;

static string Expression(LakeType type) => type switch
{
    LakeType.Varchar => "'C' || (i % 997)::VARCHAR",
    LakeType.BigInt => "i",
    LakeType.Integer => "(i % 100)::INTEGER",
    LakeType.TinyInt => "(i % 10)::TINYINT",
    LakeType.Double => "random()",
    LakeType.Boolean => "i % 2 = 0",
    LakeType.Date => "DATE '2008-04-01' + (i % 1095)::INTEGER",
    LakeType.Timestamp => "TIMESTAMP '2008-04-01' + to_minutes((i % 1576800)::BIGINT)",
    _ => throw new ArgumentOutOfRangeException(nameof(type)),
};
