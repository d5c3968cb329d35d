using System.Globalization;
using CareForAll.Store.HealthChecks;

namespace CareForAll.Care.HealthChecks;

/// <summary>The words of an NHS Health Check invitation, as a letter or a short message.</summary>
public static class InvitationLetter
{
    /// <summary>The text for a person invited by <paramref name="practiceCode"/> in the month starting <paramref name="month"/>.</summary>
    public static string Compose(InvitationChannel channel, string practiceCode, DateOnly month) => channel switch
    {
        InvitationChannel.Message => string.Create(CultureInfo.InvariantCulture,
            $"Your GP practice ({practiceCode}) invites you to a free NHS Health Check. It takes about 20 minutes and checks your risk of heart disease, stroke, kidney disease and diabetes. Please call the practice to book."),
        _ => string.Create(CultureInfo.InvariantCulture, $"""
            Your free NHS Health Check

            Your GP practice ({practiceCode}) is inviting everyone aged 40 to 74 who has not already been diagnosed with heart
            disease, stroke, diabetes, kidney disease or high blood pressure to a free NHS Health Check. This is your
            invitation for {month:MMMM yyyy}.

            The check takes about 20 to 30 minutes. A nurse or health care assistant will measure your blood pressure,
            height and weight, take a small blood sample for cholesterol, and ask about your family history and lifestyle.
            You will be told your chance of having a heart attack or stroke in the next 10 years and what you can do to
            lower it.

            Please contact the practice to book a time that suits you.
            """),
    };
}
