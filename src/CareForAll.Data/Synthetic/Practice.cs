namespace CareForAll.Data.Synthetic;

/// <summary>A synthetic GP practice with its own small areas (LSOAs) and preferred trusts.</summary>
internal sealed class Practice(int index, string code, string name, Commissioner commissioner, int listSize)
{
    public int Index { get; } = index;
    public string Code { get; } = code;
    public string Name { get; } = name;
    public Commissioner Commissioner { get; } = commissioner;
    public int ListSize { get; } = listSize;
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public string Postcode { get; set; } = "";
    public DateOnly Opened { get; set; }
    public bool Accepting { get; set; } = true;
    public int LsoaStart { get; set; }
    public int LsoaCount { get; set; }
    public Trust MainTrust { get; set; } = null!;
    public Trust[] RegionTrusts { get; set; } = [];

    /// <summary>HbA1c shift (mmol/mol) for this practice's diabetic patients; planted practices have a large one.</summary>
    public double HbA1cShift { get; set; }
}
