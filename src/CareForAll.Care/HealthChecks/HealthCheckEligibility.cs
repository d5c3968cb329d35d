namespace CareForAll.Care.HealthChecks;

/// <summary>
/// Who is offered an NHS Health Check: people aged 40–74 not already on a register for a vascular condition, not on
/// a statin, and not assessed in the last five years. Each rule is a <see cref="HealthCheckRule"/> with its reason.
/// </summary>
/// <remarks>
/// Department of Health, Putting Prevention First. Vascular Checks: risk assessment and management (2008), and the NHS
/// Health Check programme best practice guidance: eligible people are aged 40–74 without established coronary heart
/// disease, stroke or transient ischaemic attack, hypertension, diabetes, chronic kidney disease, atrial fibrillation,
/// heart failure, familial hypercholesterolaemia or peripheral arterial disease, not prescribed statins, and invited
/// once every five years. A register counts when the condition was diagnosed on or before the day; "on a statin" is
/// any statin prescription on or before the day, as in the <c>health-check-uptake</c> measure. Pure and thread-safe.
/// </remarks>
public static class HealthCheckEligibility
{
    /// <summary>The youngest age (years) invited.</summary>
    public const int MinimumAge = 40;

    /// <summary>The oldest age (years) invited.</summary>
    public const int MaximumAge = 74;

    /// <summary>Years between checks.</summary>
    public const int RecallYears = 5;

    /// <summary>The lake condition that puts a person on each excluding register.</summary>
    public static IReadOnlyDictionary<HealthCheckExclusion, string> RegisterConditions { get; } = new Dictionary<HealthCheckExclusion, string>
    {
        [HealthCheckExclusion.ChdRegister] = "chd",
        [HealthCheckExclusion.StrokeRegister] = "stroke",
        [HealthCheckExclusion.HypertensionRegister] = "hypertension",
        [HealthCheckExclusion.DiabetesRegister] = "diabetes",
        [HealthCheckExclusion.CkdRegister] = "ckd",
        [HealthCheckExclusion.AfRegister] = "af",
        [HealthCheckExclusion.HeartFailureRegister] = "heart_failure",
        [HealthCheckExclusion.FamilialHypercholesterolaemiaRegister] = "familial_hypercholesterolaemia",
        [HealthCheckExclusion.PadRegister] = "pad",
    };

    /// <summary>The rules in the order reasons are reported: age, registers, statin, recent check.</summary>
    public static IReadOnlyList<HealthCheckRule> Rules { get; } =
    [
        new(HealthCheckExclusion.Under40, $"aged {MinimumAge} or over", (p, day) => p.AgeOn(day) < MinimumAge),
        new(HealthCheckExclusion.Over74, $"aged {MaximumAge} or under", (p, day) => p.AgeOn(day) > MaximumAge),
        .. RegisterConditions.Select(r => new HealthCheckRule(r.Key, $"not on the {r.Value} register", (p, _) => p.Registers.Contains(r.Value))),
        new(HealthCheckExclusion.OnStatin, "not prescribed a statin", (p, day) => p.LastStatin is { } d && d <= day),
        new(HealthCheckExclusion.CheckedInLastFiveYears, $"no cardiovascular risk assessment in the last {RecallYears} years",
            (p, day) => p.LastCheck is { } d && d <= day && d > day.AddYears(-RecallYears)),
    ];

    /// <summary>Applies every rule to <paramref name="person"/> on <paramref name="day"/>.</summary>
    public static HealthCheckDecision Decide(HealthCheckPerson person, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new HealthCheckDecision(person.PatientId, [.. Rules.Where(r => r.Excludes(person, day)).Select(r => r.Reason)]);
    }

    /// <summary>How many people each first reason excludes, and how many are eligible (under the key null).</summary>
    public static IReadOnlyList<(HealthCheckExclusion? Reason, int People)> CountByReason(IEnumerable<HealthCheckDecision> decisions)
    {
        var counts = decisions.GroupBy(d => d.FirstExclusion).ToDictionary(g => g.Key ?? (HealthCheckExclusion)(-1), g => g.Count());
        return
        [
            (null, counts.GetValueOrDefault((HealthCheckExclusion)(-1))),
            .. Rules.Select(r => ((HealthCheckExclusion?)r.Reason, counts.GetValueOrDefault(r.Reason))),
        ];
    }
}
