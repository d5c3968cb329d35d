namespace CareForAll.Data.Synthetic;

/// <summary>A synthetic primary care trust (commissioner).</summary>
internal sealed class Commissioner(int index, string code, string name, int region, double latitude, double longitude, Town town)
{
    public int Index { get; } = index;
    public string Code { get; } = code;
    public string Name { get; } = name;
    public int Region { get; } = region;
    public double Latitude { get; } = latitude;
    public double Longitude { get; } = longitude;
    public Town Town { get; } = town;
    public double Deprivation { get; init; }
}
