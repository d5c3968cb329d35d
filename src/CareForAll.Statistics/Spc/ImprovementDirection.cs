namespace CareForAll.Statistics;

/// <summary>Which way a measure improves, for labelling special-cause variation and assurance.</summary>
public enum ImprovementDirection
{
    /// <summary>Higher is better.</summary>
    Increase,

    /// <summary>Lower is better.</summary>
    Decrease,

    /// <summary>No direction is better; special causes are labelled neither.</summary>
    Neither,
}
