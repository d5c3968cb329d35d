using CareForAll.Care.HealthChecks;
using CareForAll.Tests;

namespace CareForAll.Care.Tests.HealthChecks;

/// <summary>The one lake query behind eligibility and priority reads what the rules need, as of the day asked.</summary>
public sealed class HealthCheckLakeTests : IDisposable
{
    private static readonly DateOnly Day = new(2010, 4, 1);
    private readonly HandBuiltLake lake = new();

    public void Dispose() => lake.Dispose();

    [Fact]
    public void OnlyPeopleRegisteredOnTheDayAreRead()
    {
        lake.Patient(1, "A00001", "F", "1960-01-01");
        lake.Patient(2, "A00001", "M", "1960-01-01", left: "2010-03-31");
        lake.Patient(3, "B00002", "M", "1960-01-01");

        var people = HealthCheckLake.People(lake.Connection, "A00001", Day);

        Assert.Equal([1L], people.Select(p => p.PatientId));
    }

    [Fact]
    public void RegistersStatinsAndChecksCountOnlyWhenOnOrBeforeTheDay()
    {
        lake.Patient(1, "A00001", "F", "1960-01-01");
        lake.Condition(1, "diabetes", "2010-04-01");
        lake.Condition(1, "hypertension", "2010-04-02");
        lake.Medication(1, "statin", "2011-01-01");
        lake.Observation(1, "2007-06-01", "cvd_risk", 8);
        lake.Observation(1, "2010-06-01", "cvd_risk", 9);

        var person = Assert.Single(HealthCheckLake.People(lake.Connection, "A00001", Day));
        var decision = HealthCheckEligibility.Decide(person, Day);

        Assert.Equal(["diabetes"], person.Registers);
        Assert.Null(person.LastStatin);
        Assert.Equal(new DateOnly(2007, 6, 1), person.LastCheck);
        Assert.Equal([HealthCheckExclusion.DiabetesRegister, HealthCheckExclusion.CheckedInLastFiveYears], decision.Exclusions);
    }

    [Fact]
    public void RiskFactorsAreTheLatestValuesAndTheSpreadOfRecentSystolicReadings()
    {
        lake.Patient(1, "A00001", "M", "1955-01-01", ethnic: "H");
        lake.Observation(1, "2008-01-01", "systolic_bp", 120);
        lake.Observation(1, "2009-01-01", "systolic_bp", 130);
        lake.Observation(1, "2010-01-01", "systolic_bp", 140);
        lake.Observation(1, "2010-05-01", "systolic_bp", 190);
        lake.Observation(1, "2009-01-01", "total_cholesterol", 6.0);
        lake.Observation(1, "2009-01-01", "hdl_cholesterol", 1.5);
        lake.Observation(1, "2009-01-01", "smoking_status", 3);
        lake.Medication(1, "antihypertensive", "2009-10-01");
        lake.Medication(1, "steroid", "2008-10-01");

        var factors = Assert.Single(HealthCheckLake.People(lake.Connection, "A00001", Day)).RiskFactors;

        Assert.Equal(140, factors.SystolicBp);
        Assert.Equal(10, factors.SystolicBpSd!.Value, 9); // sample SD of 120, 130, 140
        Assert.Equal((6.0, 1.5, 3, "H"), (factors.TotalCholesterol, factors.HdlCholesterol, factors.SmokingStatus, factors.EthnicCategory));
        Assert.Null(factors.Bmi);
        Assert.True(factors.BloodPressureTreatment);
        Assert.False(factors.Steroids); // prescribed more than 12 months before the day
    }

    [Fact]
    public void MissingValuesTakeTheDocumentedDefaultsAndAreNamed()
    {
        lake.Patient(1, "A00001", "F", "1960-01-01");
        lake.Patient(2, "A00001", "F", "1960-01-01");
        lake.Observation(2, "2009-01-01", "systolic_bp", 180);
        lake.Observation(2, "2009-01-01", "smoking_status", 4);

        var people = HealthCheckLake.People(lake.Connection, "A00001", Day);
        var unknown = HealthCheckRisk.Estimate(people[0], Day);
        var smoker = HealthCheckRisk.Estimate(people[1], Day);

        Assert.Equal(["cholesterol_hdl_ratio", "systolic_bp", "systolic_bp_sd", "bmi", "smoking"], unknown.Defaulted);
        Assert.Equal("qrisk3-defaults", unknown.Method);
        Assert.True(smoker.Percent > unknown.Percent, "a heavy smoker with a systolic of 180 ranks above a woman of the same age with nothing recorded");
    }
}
