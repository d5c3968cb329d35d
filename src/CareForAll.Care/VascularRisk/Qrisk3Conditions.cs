namespace CareForAll.Care.VascularRisk;

/// <summary>The yes/no risk factors of QRISK®3-2017. A person has any combination of them.</summary>
[Flags]
public enum Qrisk3Conditions
{
    None = 0,

    /// <summary>Angina or heart attack in a first-degree relative aged under 60.</summary>
    FamilyHistoryChd = 1 << 0,

    /// <summary>Chronic kidney disease, stage 3, 4 or 5.</summary>
    ChronicKidneyDisease = 1 << 1,
    AtrialFibrillation = 1 << 2,
    BloodPressureTreatment = 1 << 3,
    Migraine = 1 << 4,
    RheumatoidArthritis = 1 << 5,

    /// <summary>Systemic lupus erythematosus.</summary>
    Sle = 1 << 6,

    /// <summary>Schizophrenia, bipolar disorder or moderate/severe depression.</summary>
    SevereMentalIllness = 1 << 7,
    AtypicalAntipsychotic = 1 << 8,

    /// <summary>Regular steroid tablets.</summary>
    Steroids = 1 << 9,

    /// <summary>A diagnosis of, or treatment for, erectile dysfunction. Used in the men's equation only.</summary>
    ErectileDysfunction = 1 << 10,
}
