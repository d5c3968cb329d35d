namespace CareForAll.Statistics;

/// <summary>How a point on an XmR chart is read, given the improvement direction.</summary>
public enum PointVariation
{
    /// <summary>No special cause: the process is doing what it usually does.</summary>
    CommonCause,

    /// <summary>Special cause in the better direction.</summary>
    Improvement,

    /// <summary>Special cause in the worse direction.</summary>
    Concern,

    /// <summary>Special cause where no direction is better.</summary>
    Neither,
}
