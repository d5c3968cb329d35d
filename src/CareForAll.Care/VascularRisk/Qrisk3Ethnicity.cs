namespace CareForAll.Care.VascularRisk;

/// <summary>
/// The nine ethnic groups of QRISK®3-2017, with the codes the published algorithm and calculator use (1–9).
/// </summary>
public enum Qrisk3Ethnicity
{
    WhiteOrNotStated = 1,
    Indian = 2,
    Pakistani = 3,
    Bangladeshi = 4,
    OtherAsian = 5,
    BlackCaribbean = 6,
    BlackAfrican = 7,
    Chinese = 8,
    Other = 9,
}
