namespace CareForAll.Care.VascularRisk;

/// <summary>
/// The coefficients of one QRISK®3-2017 age term's interactions: each multiplies the (centred) age term and the named
/// factor. The men's equation has no age × SLE interaction and the women's has no erectile dysfunction term; both are 0.
/// </summary>
/// <remarks>Values: Hippisley-Cox J, Coupland C, Brindle P. BMJ 2017;357:j2099, as published in ClinRisk's source.</remarks>
public sealed record Qrisk3AgeInteractions
{
    public required double ExSmoker { get; init; }

    public required double LightSmoker { get; init; }

    public required double ModerateSmoker { get; init; }

    public required double HeavySmoker { get; init; }

    public required double AtrialFibrillation { get; init; }

    public required double Steroids { get; init; }

    public required double ErectileDysfunction { get; init; }

    public required double Migraine { get; init; }

    public required double ChronicKidneyDisease { get; init; }

    public required double Sle { get; init; }

    public required double BloodPressureTreatment { get; init; }

    public required double Type1Diabetes { get; init; }

    public required double Type2Diabetes { get; init; }

    /// <summary>With the first (centred) BMI term.</summary>
    public required double BmiTerm1 { get; init; }

    /// <summary>With the second (centred) BMI term.</summary>
    public required double BmiTerm2 { get; init; }

    public required double FamilyHistoryChd { get; init; }

    /// <summary>With the centred systolic blood pressure.</summary>
    public required double SystolicBp { get; init; }

    /// <summary>With the centred Townsend score.</summary>
    public required double Townsend { get; init; }
}
