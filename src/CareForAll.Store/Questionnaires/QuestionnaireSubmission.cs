namespace CareForAll.Store.Questionnaires;

/// <summary>
/// One answered questionnaire (a FHIR R4 <c>QuestionnaireResponse</c>, kept as JSON) with the scores worked out when
/// it was submitted: a PROMs questionnaire about a patient's operation (spell and stage), or an anonymous Friends and
/// Family Test answer about a provider. Written once; only <see cref="WrittenToLakeAt"/> is set later.
/// </summary>
public sealed class QuestionnaireSubmission
{
    /// <summary>The submission's id.</summary>
    public long Id { get; init; }

    /// <summary>Which questionnaire: <c>eq5d-5l</c>, <c>oxford-hip</c>, <c>oxford-knee</c> or <c>fft</c>.</summary>
    public required string Questionnaire { get; init; }

    /// <summary>The <c>QuestionnaireResponse</c> as FHIR JSON.</summary>
    public required string ResponseJson { get; init; }

    /// <summary>The day it was answered.</summary>
    public DateOnly AnsweredOn { get; init; }

    /// <summary>The patient's lake <c>patient_id</c>; null for anonymous answers (FFT).</summary>
    public long? PatientId { get; init; }

    /// <summary>The hospital spell (operation) a PROMs answer is about.</summary>
    public long? SpellId { get; init; }

    /// <summary>The operation, as in the lake: <c>hip_replacement</c> or <c>knee_replacement</c>.</summary>
    public string? Procedure { get; init; }

    /// <summary><c>pre</c> (before the operation) or <c>post</c> (six months after).</summary>
    public string? Stage { get; init; }

    /// <summary>The trust (PROMs, FFT) or practice (FFT in general practice) the answer is about.</summary>
    public required string ProviderCode { get; init; }

    /// <summary>The site, for FFT answers about a hospital site.</summary>
    public string? SiteCode { get; init; }

    /// <summary>The FFT setting: <c>inpatient</c>, <c>ae</c>, <c>maternity</c> or <c>gp</c>.</summary>
    public string? Setting { get; init; }

    /// <summary>The patient's age at the operation (PROMs), as the lake records it.</summary>
    public int? Age { get; init; }

    /// <summary>The patient's sex, <c>F</c> or <c>M</c> (PROMs).</summary>
    public string? Sex { get; init; }

    /// <summary>The Oxford total (0–48, may be fractional when items were imputed) or the FFT answer (1–6).</summary>
    public double? Score { get; init; }

    /// <summary>The EQ-5D-5L profile, five digits.</summary>
    public string? Eq5dProfile { get; init; }

    /// <summary>The EQ-5D index.</summary>
    public double? Eq5dIndex { get; init; }

    /// <summary>Which value set gave <see cref="Eq5dIndex"/>: <c>england-5l</c> or <c>crosswalk-3l</c>.</summary>
    public string? Eq5dValueSet { get; init; }

    /// <summary>The EQ visual analogue scale, 0–100.</summary>
    public int? Eq5dVas { get; init; }

    /// <summary>The user id of whoever submitted it.</summary>
    public required string SubmittedBy { get; init; }

    /// <summary>When it was submitted (UTC).</summary>
    public DateTimeOffset SubmittedAt { get; init; }

    /// <summary>When it was appended to the lake; null until then.</summary>
    public DateTimeOffset? WrittenToLakeAt { get; set; }
}
