namespace CareForAll.Statistics;

/// <summary>Whether a process can be relied on to meet a target, judged from its latest process limits.</summary>
public enum TargetAssurance
{
    /// <summary>No target was given (or no improvement direction), so no verdict.</summary>
    None,

    /// <summary>The target lies outside the process limits on the bad side: the process meets it every time.</summary>
    ConsistentlyPassing,

    /// <summary>The target lies outside the process limits on the good side: the process will not meet it without change.</summary>
    ConsistentlyFailing,

    /// <summary>The target lies within the process limits: it will be met sometimes and missed sometimes.</summary>
    HitAndMiss,
}
