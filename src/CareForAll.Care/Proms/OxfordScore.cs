namespace CareForAll.Care.Proms;

/// <summary>
/// The total of an Oxford Hip Score or Oxford Knee Score questionnaire: 12 items each scored 0–4, total 0–48, higher is
/// better. Both questionnaires use the same rule for missing answers.
/// </summary>
/// <remarks>
/// Murray DW, Fitzpatrick R, Rogers K, et al. The use of the Oxford hip and knee scores. J Bone Joint Surg Br
/// 2007;89(8):1010–1014, and the NHS PROMs guidance: when one or two items are unanswered each is replaced by the mean
/// of the answered items; with more than two unanswered there is no score. The total is not rounded, so with missing
/// items it may have a fractional part. Pure and thread-safe.
/// </remarks>
public static class OxfordScore
{
    public const int ItemCount = 12;

    public const int MaxItemScore = 4;

    /// <summary>The most unanswered items for which a total is still given.</summary>
    public const int MaxMissingItems = 2;

    /// <summary>
    /// The total (0–48) of 12 item scores, null marking an unanswered item; null when more than two are unanswered.
    /// Throws <see cref="ArgumentException"/> unless there are 12 items, each 0–4 or null.
    /// </summary>
    public static double? Total(IReadOnlyList<int?> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count != ItemCount)
        {
            throw new ArgumentException($"an Oxford score has {ItemCount} items; got {items.Count}", nameof(items));
        }

        var answered = 0;
        var sum = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not int score)
            {
                continue;
            }

            if (score is < 0 or > MaxItemScore)
            {
                throw new ArgumentOutOfRangeException(nameof(items), score, $"item {i + 1} must be from 0 to {MaxItemScore}; got {score}");
            }

            answered++;
            sum += score;
        }

        var missing = ItemCount - answered;
        if (missing > MaxMissingItems)
        {
            return null;
        }

        return sum + (missing * ((double)sum / answered));
    }
}
