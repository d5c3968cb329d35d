namespace CareForAll.Care.VascularRisk;

/// <summary>The sex whose QRISK®3-2017 equation is used: the algorithm has one equation for women and one for men.</summary>
public enum Qrisk3Sex
{
    Female = 0,
    Male = 1,
}
