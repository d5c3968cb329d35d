namespace CareForAll.Care.HealthChecks;

/// <summary>A person's estimated 10-year cardiovascular risk and which inputs had to be defaulted.</summary>
/// <param name="Percent">The QRISK®3-2017 risk, percent.</param>
/// <param name="Defaulted">The inputs not in the record, filled with <see cref="HealthCheckRisk"/>'s documented defaults.</param>
public sealed record EstimatedRisk(double Percent, IReadOnlyList<string> Defaulted)
{
    /// <summary><c>qrisk3</c> when every measured input was recorded, else <c>qrisk3-defaults</c>.</summary>
    public string Method => Defaulted.Count == 0 ? "qrisk3" : "qrisk3-defaults";
}
