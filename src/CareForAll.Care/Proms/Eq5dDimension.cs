namespace CareForAll.Care.Proms;

/// <summary>The five EQ-5D dimensions, in the order their levels are written in a profile such as 12345.</summary>
public enum Eq5dDimension
{
    Mobility = 0,
    SelfCare = 1,
    UsualActivities = 2,
    PainDiscomfort = 3,
    AnxietyDepression = 4,
}
