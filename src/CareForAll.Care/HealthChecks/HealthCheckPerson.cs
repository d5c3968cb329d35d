namespace CareForAll.Care.HealthChecks;

/// <summary>
/// The facts about a person registered with a practice that NHS Health Check eligibility and invitation priority
/// depend on, as recorded on or before a day.
/// </summary>
public sealed record HealthCheckPerson
{
    /// <summary>The person's lake <c>patient_id</c>.</summary>
    public required long PatientId { get; init; }

    /// <summary>The practice they are registered with on the day.</summary>
    public required string PracticeCode { get; init; }

    /// <summary>Date of birth.</summary>
    public required DateOnly BirthDate { get; init; }

    /// <summary><c>F</c> or <c>M</c>.</summary>
    public required string Sex { get; init; }

    /// <summary>The lake condition registers (e.g. <c>diabetes</c>) they were on by the day.</summary>
    public IReadOnlySet<string> Registers { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The latest statin prescription on or before the day, if any.</summary>
    public DateOnly? LastStatin { get; init; }

    /// <summary>The latest cardiovascular risk assessment (<c>cvd_risk</c>) on or before the day, if any.</summary>
    public DateOnly? LastCheck { get; init; }

    /// <summary>Recorded values for estimating their risk.</summary>
    public RecordedRiskFactors RiskFactors { get; init; } = new();

    /// <summary>Age in whole years on <paramref name="day"/> (birthdays counted exactly, 29 February on 28 February).</summary>
    public int AgeOn(DateOnly day)
    {
        var age = day.Year - BirthDate.Year;
        return day < BirthDate.AddYears(age) ? age - 1 : age;
    }
}
