using System.Globalization;

namespace CareForAll.Care.VascularRisk;

/// <summary>The allowed values of one QRISK®3-2017 input, both ends inclusive.</summary>
/// <param name="Field">The input's name as a person reads it, e.g. "systolic blood pressure".</param>
/// <param name="Minimum">The smallest allowed value.</param>
/// <param name="Maximum">The largest allowed value.</param>
/// <param name="Unit">The unit, or empty.</param>
public readonly record struct Qrisk3Range(string Field, double Minimum, double Maximum, string Unit)
{
    /// <summary>True when <paramref name="value"/> lies in the range (NaN never does).</summary>
    public bool Contains(double value) => value >= Minimum && value <= Maximum;

    /// <summary>Why <paramref name="value"/> is refused, e.g. "must be from 25 to 84 years; got 90".</summary>
    public string Problem(double value) =>
        string.Create(CultureInfo.InvariantCulture, $"must be from {Minimum} to {Maximum}{(Unit.Length > 0 ? " " + Unit : "")}; got {value}");

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming <paramref name="parameter"/> when the value is outside.</summary>
    internal double Check(double value, string parameter) =>
        Contains(value) ? value : throw new ArgumentOutOfRangeException(parameter, value, $"{Field} {Problem(value)}");
}
