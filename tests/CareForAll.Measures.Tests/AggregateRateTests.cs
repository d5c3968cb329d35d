using CareForAll.Measures.Definitions;
using CareForAll.Measures.Running;
using CareForAll.Tests;

namespace CareForAll.Measures.Tests;

/// <summary>A rate whose events are summed from aggregate rows (<c>population.sum</c>), as ae-four-hours-monthly does.</summary>
public sealed class AggregateRateTests : IDisposable
{
    private readonly HandBuiltLake lake = new();

    public void Dispose() => lake.Dispose();

    [Fact]
    public void PopulationSum_CountsTheSummedAmount_NotTheRows()
    {
        // RAA: April and May 2025, 900 + 800 within four hours of 1,000 + 1,000 (85%); RBB: 500 of 1,000 (50%).
        // England: 2,200 / 3,000 = 73.33…%.
        using (var command = lake.Connection.CreateCommand())
        {
            command.CommandText = """
                INSERT INTO ae_monthly (provider_code, month, att_type1, att_type2, att_other, att_booked_type1, att_booked_type2,
                  att_booked_other, over4h_type1, over4h_type2, over4h_other, over4h_booked_type1, over4h_booked_type2, over4h_booked_other)
                VALUES
                  ('RAA', DATE '2025-04-01', 700, 200, 100, 0, 0, 0, 50, 30, 20, 0, 0, 0),
                  ('RAA', DATE '2025-05-01', 1000, 0, 0, 0, 0, 0, 200, 0, 0, 0, 0, 0),
                  ('RBB', DATE '2025-04-01', 600, 0, 300, 100, 0, 0, 400, 0, 50, 50, 0, 0)
                """;
            command.ExecuteNonQuery();
        }

        var measure = MeasureFileReader.ReadBuiltIn().Single(m => m.Id == "ae-four-hours-monthly");
        var run = new MeasureRunner(lake.Connection).Run(measure);

        var raa = run.Results.Single(r => r.UnitCode == "RAA");
        Assert.Equal(("2025-26", 1700.0, 2000.0, 85.0), (raa.Period, raa.Numerator, raa.Denominator, raa.Value));
        Assert.Equal(2200.0 / 3000 * 100, raa.EnglandValue!.Value, 9);
        Assert.Equal(50.0, run.Results.Single(r => r.UnitCode == "RBB").Value);
    }
}
