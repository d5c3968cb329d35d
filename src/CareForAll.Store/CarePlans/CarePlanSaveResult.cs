namespace CareForAll.Store.CarePlans;

/// <summary>The outcome of an edit, with the plan as it now stands in the store (null when not found).</summary>
public sealed record CarePlanSaveResult(CarePlanSaveOutcome Outcome, CarePlan? Current)
{
    /// <summary>The message to show the editor.</summary>
    public string Message => Outcome switch
    {
        CarePlanSaveOutcome.Saved => $"Saved (version {Current?.Version}).",
        CarePlanSaveOutcome.ChangedBySomeoneElse =>
            $"This care plan was changed by someone else (now version {Current?.Version}). Your changes were not saved: reload it and make them again.",
        _ => "There is no such care plan.",
    };
}
