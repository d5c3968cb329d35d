namespace CareForAll.Care.VascularRisk;

/// <summary>Diabetes status in QRISK®3-2017 (codes 0–2).</summary>
public enum Qrisk3Diabetes
{
    None = 0,
    Type1 = 1,
    Type2 = 2,
}
