namespace CareForAll.Care.HealthChecks;

/// <summary>Why a person registered with a practice is not offered an NHS Health Check (one per eligibility rule).</summary>
public enum HealthCheckExclusion
{
    /// <summary>Younger than 40 on the day.</summary>
    Under40,

    /// <summary>Older than 74 on the day.</summary>
    Over74,

    /// <summary>On the coronary heart disease register (lake condition <c>chd</c>).</summary>
    ChdRegister,

    /// <summary>On the stroke / transient ischaemic attack register (<c>stroke</c>).</summary>
    StrokeRegister,

    /// <summary>On the hypertension register (<c>hypertension</c>).</summary>
    HypertensionRegister,

    /// <summary>On the diabetes register (<c>diabetes</c>).</summary>
    DiabetesRegister,

    /// <summary>On the chronic kidney disease register (<c>ckd</c>).</summary>
    CkdRegister,

    /// <summary>On the atrial fibrillation register (<c>af</c>).</summary>
    AfRegister,

    /// <summary>On the heart failure register (<c>heart_failure</c>).</summary>
    HeartFailureRegister,

    /// <summary>On the familial hypercholesterolaemia register (<c>familial_hypercholesterolaemia</c>).</summary>
    FamilialHypercholesterolaemiaRegister,

    /// <summary>On the peripheral arterial disease register (<c>pad</c>).</summary>
    PadRegister,

    /// <summary>Prescribed a statin (lake medication <c>drug_class = 'statin'</c>) on or before the day.</summary>
    OnStatin,

    /// <summary>Had a cardiovascular risk assessment (observation <c>cvd_risk</c>) in the five years before the day.</summary>
    CheckedInLastFiveYears,
}
