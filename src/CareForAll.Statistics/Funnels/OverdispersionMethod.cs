namespace CareForAll.Statistics;

/// <summary>How funnel limits are widened when units vary more than chance allows (Spiegelhalter, QSHC 2005;14:347–351).</summary>
public enum OverdispersionMethod
{
    /// <summary>Exact limits, no adjustment.</summary>
    None,

    /// <summary>Limits target ± z √φ × se, with φ from 10% Winsorised z-scores.</summary>
    Multiplicative,

    /// <summary>Additive random effects: target ± z √(se² + τ²), τ² from 10% Winsorised z-scores.</summary>
    Additive,

    /// <summary>The NHS Digital SHMI variant: additive random effects on the log scale, with 10% of units trimmed at each end.</summary>
    Shmi,
}
