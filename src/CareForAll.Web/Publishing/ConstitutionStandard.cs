namespace CareForAll.Web.Publishing;

/// <summary>
/// A measurable right or pledge of the NHS Constitution (Department of Health, The NHS Constitution for England,
/// 2009, and its Handbook) and the operational standard each provider is held to, as a percentage.
/// </summary>
/// <param name="MeasureId">The measure that shows each provider's performance.</param>
/// <param name="Right">The right in plain words.</param>
/// <param name="StandardFor">The standard (percent of patients) for a financial year.</param>
/// <param name="StandardText">How the standard is set, in words.</param>
public sealed record ConstitutionStandard(string MeasureId, string Right, Func<string, double> StandardFor, string StandardText)
{
    /// <summary>A&amp;E within four hours: 98% until 2009-10, 95% from 2010-11 (the operating framework for 2010/11).</summary>
    public static ConstitutionStandard FourHours { get; } = new(
        "ae-four-hours",
        "You have the right to be seen in A&E and admitted, transferred or discharged within four hours.",
        period => string.CompareOrdinal(period, "2010-11") >= 0 ? 95 : 98,
        "At least 98% of patients within four hours until March 2010, and at least 95% from April 2010.");

    /// <summary>Treatment within 18 weeks of referral: 90% of admitted patients (95% of non-admitted).</summary>
    public static ConstitutionStandard EighteenWeeks { get; } = new(
        "rtt-18-weeks",
        "You have the right to start consultant-led treatment within 18 weeks of referral.",
        _ => 90,
        "At least 90% of admitted patients (95% of non-admitted patients) start treatment within 18 weeks; all pathways together are compared here with 90%.");

    public static IReadOnlyList<ConstitutionStandard> All { get; } = [FourHours, EighteenWeeks];
}
