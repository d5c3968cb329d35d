namespace CareForAll.Data.Synthetic;

/// <summary>What to generate: <see cref="Scale"/> 1.0 is England-sized (about 51.8 million people); the same
/// scale and seed always give byte-identical files.</summary>
public sealed record GenerationOptions
{
    public GenerationOptions(double scale, ulong seed, int rowGroupSize = ParquetTableWriter.DefaultRowGroupSize)
    {
        if (!(scale > 0 && scale <= 2))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "scale must be greater than 0 and at most 2");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupSize, 1000);
        Scale = scale;
        Seed = seed;
        RowGroupSize = rowGroupSize;
    }

    public double Scale { get; }

    public ulong Seed { get; }

    public int RowGroupSize { get; }
}
