namespace CareForAll.Measures.Tests.Spec;

/// <summary>
/// The NHS Health Check "offered" measures over the lake's health_check_invitation, for the year 1 April 2008 to
/// 31 March 2009: eligible people invited in the year, and invited people who then had their check.
/// </summary>
public sealed class HealthCheckOfferedSpecs : MeasureSpec
{
    private const string Adult = "1960-01-01";

    public HealthCheckOfferedSpecs()
    {
        Organisations();
        YearEnd2009();
    }

    [Fact]
    public void Offered_EligibleInvitedDuringTheYear()
    {
        // Eligible at P1 (aged 49, no register, no statin): 1 invited 1 Apr 2008, the year's first day (num); 2 invited
        // 31 Mar 2009, its last day (num); 3 invited 31 Mar 2008, the year before (den); 4 invited 1 Apr 2009, the
        // year after (den); 5 never invited (den). Not counted: 6 invited but on the hypertension register; 7 invited
        // by P2. Numerator 2, denominator 5, value 40%.
        for (var id = 1; id <= 6; id++)
        {
            Person(id, Adult);
        }

        Person(7, Adult, practice: "P2");
        Register(6, "hypertension");
        Invitation(1, 1, "P1", "2008-04-01");
        Invitation(2, 2, "P1", "2009-03-31");
        Invitation(3, 3, "P1", "2008-03-31");
        Invitation(4, 4, "P1", "2009-04-01");
        Invitation(5, 6, "P1", "2008-06-01");
        Invitation(6, 7, "P2", "2008-06-01");

        var run = Run("health-check-offered");
        var p1 = Result(run, "P1");

        Assert.Equal((2.0, 5.0), (p1.Numerator, p1.Denominator));
        Assert.Equal(40.0, p1.Value!.Value, 9);
        Assert.Equal((1.0, 1.0), (Result(run, "P2").Numerator, Result(run, "P2").Denominator));
    }

    [Fact]
    public void UptakeOfOffered_CheckedAfterTheInvitationAndByTheYearEnd()
    {
        // Invited by P1 in 2008-09: 1 on 1 Jun 2008, checked 1 Jul 2008 (num); 2 on 1 Jun 2008, checked only before,
        // on 1 May 2008 (den); 3 on 1 Mar 2009, checked on the year end 31 Mar 2009 (num); 4 on 1 Mar 2009, checked
        // 1 Apr 2009, after the year end (den); 5 on 1 May 2008 and again on 1 Nov 2008 in the same cycle, counted
        // once, checked 1 Dec 2008 (num). 6 was invited on 1 Mar 2008, in the year before. Numerator 3, denominator 5,
        // value 60%.
        Invitation(1, 1, "P1", "2008-06-01");
        Reading(1, "cvd_risk", "2008-07-01", 8);
        Invitation(2, 2, "P1", "2008-06-01");
        Reading(2, "cvd_risk", "2008-05-01", 8);
        Invitation(3, 3, "P1", "2009-03-01");
        Reading(3, "cvd_risk", "2009-03-31", 8);
        Invitation(4, 4, "P1", "2009-03-01");
        Reading(4, "cvd_risk", "2009-04-01", 8);
        Invitation(5, 5, "P1", "2008-05-01");
        Invitation(6, 5, "P1", "2008-11-01");
        Reading(5, "cvd_risk", "2008-12-01", 8);
        Invitation(7, 6, "P1", "2008-03-01");
        Reading(6, "cvd_risk", "2008-04-15", 8);

        var p1 = Result(Run("health-check-uptake-of-offered"), "P1");

        Assert.Equal((3.0, 5.0), (p1.Numerator, p1.Denominator));
        Assert.Equal(60.0, p1.Value!.Value, 9);
    }

    private void Invitation(long id, long patientId, string practice, string invitedDate) =>
        Lake.Execute($"INSERT INTO health_check_invitation VALUES ({id}, {patientId}, '{practice}', DATE '{invitedDate}', DATE '2008-04-01', 'letter', 5.0)");
}
