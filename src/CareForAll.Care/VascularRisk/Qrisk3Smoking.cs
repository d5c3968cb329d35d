namespace CareForAll.Care.VascularRisk;

/// <summary>Smoking status in QRISK®3-2017, with the algorithm's codes 0–4.</summary>
public enum Qrisk3Smoking
{
    NonSmoker = 0,
    ExSmoker = 1,

    /// <summary>Fewer than 10 cigarettes a day.</summary>
    Light = 2,

    /// <summary>10 to 19 cigarettes a day.</summary>
    Moderate = 3,

    /// <summary>20 or more cigarettes a day.</summary>
    Heavy = 4,
}
