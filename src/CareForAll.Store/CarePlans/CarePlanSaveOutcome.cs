namespace CareForAll.Store.CarePlans;

/// <summary>How an edit of a care plan ended.</summary>
public enum CarePlanSaveOutcome
{
    /// <summary>Saved; the plan has a new version.</summary>
    Saved,

    /// <summary>Someone else saved the plan since the editor opened it; nothing was saved.</summary>
    ChangedBySomeoneElse,

    /// <summary>There is no such plan.</summary>
    NotFound,
}
