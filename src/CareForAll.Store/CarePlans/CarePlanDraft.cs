namespace CareForAll.Store.CarePlans;

/// <summary>What a person types into a care plan: a title, goals and an optional review date.</summary>
/// <remarks>Validated at construction: the title and goals are not blank and the title is at most 200 characters.</remarks>
public sealed record CarePlanDraft
{
    /// <summary>The longest title allowed.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>Creates a draft; throws <see cref="ArgumentException"/> when the title or goals are blank or the title too long.</summary>
    public CarePlanDraft(string title, string goals, DateOnly? reviewDate = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(goals);
        if (title.Length > MaxTitleLength)
        {
            throw new ArgumentException($"A care plan title is at most {MaxTitleLength} characters.", nameof(title));
        }

        Title = title.Trim();
        Goals = goals.Trim();
        ReviewDate = reviewDate;
    }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The goals.</summary>
    public string Goals { get; }

    /// <summary>The next review date, if any.</summary>
    public DateOnly? ReviewDate { get; }
}
