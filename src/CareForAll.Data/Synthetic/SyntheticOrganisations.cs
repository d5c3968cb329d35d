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

/// <summary>A synthetic acute trust with its sites and the quality parameters the generator plants or varies.</summary>
internal sealed class Trust(int index, string code, string name, int region, double latitude, double longitude, Town town)
{
    public int Index { get; } = index;
    public string Code { get; } = code;
    public string Name { get; } = name;
    public int Region { get; } = region;
    public double Latitude { get; } = latitude;
    public double Longitude { get; } = longitude;
    public Town Town { get; } = town;
    public string[] Sites { get; set; } = [];
    public double[] SiteCumulative { get; set; } = [];
    public long Catchment { get; set; }

    /// <summary>Share of A&amp;E attendances over 4 hours (national about 1.9%, facts §3).</summary>
    public double AeBreachRate { get; set; }

    /// <summary>Log-odds shift of Friends and Family answers towards "extremely likely".</summary>
    public double ExperienceShift { get; set; }

    public double MortalityMultiplier { get; set; } = 1;
    public double ReadmissionMultiplier { get; set; } = 1;
    public double PromsGainMultiplier { get; set; } = 1;

    /// <summary>Infection rate multipliers by kind (0 MRSA, 1 C. difficile) and month index 0..35.</summary>
    public double[,] InfectionMultiplier { get; } = Filled(2, 36, 1.0);

    private static double[,] Filled(int rows, int columns, double value)
    {
        var result = new double[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                result[r, c] = value;
            }
        }

        return result;
    }
}

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
