using System.Globalization;
using System.Text.RegularExpressions;
using CareForAll.Tests;

namespace CareForAll.Data.Tests;

/// <summary>
/// The scale-0.01 lake reproduces the national figures it is calibrated to, each from
/// shared/data/reference/england_2008_facts.md (section given), within the stated tolerance.
/// </summary>
public sealed partial class DistributionTests(GeneratedLakes lakes)
{
    private static readonly string FactsPath = RepositoryPaths.SharedData("reference", "england_2008_facts.md");

    /// <summary>§1: age bands of mid-2008 (ONS), each within 0.4 percentage points for each sex.</summary>
    [Fact]
    public void AgeSexStructureMatchesMid2008Bands()
    {
        var facts = File.ReadAllLines(FactsPath).Single(l => l.StartsWith("| Age bands, % of E&W", StringComparison.Ordinal));
        var bands = BandPattern().Matches(facts).Select(m => (
            Lower: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
            Male: double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture),
            Female: double.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(10, bands.Count);
        var total = bands.Sum(b => b.Male + b.Female);
        using var connection = Lake.Open(lakes.Hundredth);
        var rows = Sql.Rows(connection, """
            SELECT sex, date_diff('year', birth_date, DATE '2008-06-30') AS age FROM patient WHERE birth_date <= DATE '2008-06-30'
            """);
        for (var i = 0; i < bands.Count; i++)
        {
            var lower = bands[i].Lower;
            var upper = i + 1 < bands.Count ? bands[i + 1].Lower : int.MaxValue;
            var inBand = rows.Where(r => Convert.ToInt64(r[1], CultureInfo.InvariantCulture) >= lower && Convert.ToInt64(r[1], CultureInfo.InvariantCulture) < upper).ToList();
            var male = 100.0 * inBand.Count(r => (string)r[0]! == "M") / rows.Count;
            var female = 100.0 * inBand.Count(r => (string)r[0]! == "F") / rows.Count;
            Assert.InRange(male, (100 * bands[i].Male / total) - 0.4, (100 * bands[i].Male / total) + 0.4);
            Assert.InRange(female, (100 * bands[i].Female / total) - 0.4, (100 * bands[i].Female / total) + 0.4);
        }
    }

    /// <summary>§1–2: 14.1 million admissions for 51.8 million people, about 272 per 1,000 a year (±8%).</summary>
    [Fact]
    public void SpellsPerThousandPeoplePerYear()
    {
        using var connection = Lake.Open(lakes.Hundredth);
        var rate = Sql.Scalar(connection, """
            SELECT 1000.0 * (SELECT count(*) FROM spell) / sum(count) FROM population WHERE area_kind = 'region'
            """);
        Assert.InRange(rate, 272 * 0.92, 272 * 1.08);
    }

    /// <summary>§2: emergency share of admissions approx. 35% (5.0 of 14.1 million), ±2 points.</summary>
    [Fact]
    public void EmergencyShareOfAdmissions()
    {
        using var connection = Lake.Open(lakes.Hundredth);
        Assert.InRange(Sql.Scalar(connection, "SELECT avg(CASE WHEN admission_type = 'emergency' THEN 1 ELSE 0 END) FROM spell"), 0.33, 0.37);
    }

    /// <summary>
    /// §2: 1.8% of admissions die in hospital and 25.9% of SHMI deaths follow discharge, so about 2.4% of spells end
    /// in death within 30 days (accepted 2.0–2.9%), 74% of them in hospital (±4 points).
    /// </summary>
    [Fact]
    public void CrudeMortalityPerSpell()
    {
        using var connection = Lake.Open(lakes.Hundredth);
        var row = Sql.Rows(connection, """
            WITH s AS (
                SELECT s.*, p.death_date,
                       row_number() OVER (PARTITION BY s.patient_id ORDER BY s.admission_date DESC, s.spell_id DESC) = 1 AS last
                FROM spell s JOIN patient p USING (patient_id))
            SELECT avg(CASE WHEN last AND death_date BETWEEN discharge_date AND discharge_date + 30 THEN 1 ELSE 0 END),
                   sum(CASE WHEN discharge_method = '4' THEN 1 ELSE 0 END)
                     / sum(CASE WHEN last AND death_date BETWEEN discharge_date AND discharge_date + 30 THEN 1 ELSE 0 END)
            FROM s
            """).Single();
        Assert.InRange(Convert.ToDouble(row[0], CultureInfo.InvariantCulture), 0.020, 0.029);
        Assert.InRange(Convert.ToDouble(row[1], CultureInfo.InvariantCulture), 0.70, 0.78);
    }

    /// <summary>§2: mean length of stay 5.7 days (HES 2008-09), for ordinary admissions, ±0.5.</summary>
    [Fact]
    public void MeanLengthOfStay()
    {
        using var connection = Lake.Open(lakes.Hundredth);
        Assert.InRange(Sql.Scalar(connection, "SELECT avg(los_days) FROM spell WHERE patient_class = 'ordinary'"), 5.2, 6.2);
    }

    /// <summary>§2: emergency readmission within 30 days 11.63% of discharges (2010-11), ±2.5 points.</summary>
    [Fact]
    public void ThirtyDayReadmissionRate()
    {
        using var connection = Lake.Open(lakes.Hundredth);
        var rate = Sql.Scalar(connection, """
            SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM spell n WHERE n.patient_id = s.patient_id AND n.admission_type = 'emergency'
                                         AND n.admission_date > s.discharge_date AND n.admission_date <= s.discharge_date + 30)
                            THEN 1 ELSE 0 END)
            FROM spell s WHERE s.discharge_method <> '4'
            """);
        Assert.InRange(rate, 0.0913, 0.1413);
    }

    /// <summary>§3: 98.1% of A&amp;E attendances within 4 hours in 2008-09 (±1 point).</summary>
    [Fact]
    public void AeFourHourPerformance()
    {
        using var connection = Lake.Open(lakes.Hundredth);
        Assert.InRange(Sql.Scalar(connection, "SELECT avg(CASE WHEN departure_time - arrival_time <= INTERVAL 4 HOUR THEN 1 ELSE 0 END) FROM ae_attendance"), 0.971, 0.991);
    }

    /// <summary>§6: diabetes 5.1% of people aged 17+ (QOF 2008/09), ±1 point; and long-term conditions rise with age.</summary>
    [Fact]
    public void ConditionPrevalenceRisesWithAge()
    {
        using var connection = Lake.Open(lakes.Hundredth);
        var diabetes = Sql.Scalar(connection, """
            SELECT avg(CASE WHEN c.patient_id IS NULL THEN 0 ELSE 1 END)
            FROM patient p LEFT JOIN condition c ON c.patient_id = p.patient_id AND c.condition = 'diabetes'
            WHERE date_diff('year', p.birth_date, DATE '2009-04-01') >= 17
            """);
        Assert.InRange(diabetes, 0.041, 0.061);
        foreach (var condition in new[] { "diabetes", "hypertension", "chd", "stroke", "copd", "af", "ckd", "dementia", "heart_failure", "pad" })
        {
            var byAge = Sql.Rows(connection, $"""
                SELECT CASE WHEN age < 45 THEN 0 WHEN age < 65 THEN 1 WHEN age < 75 THEN 2 ELSE 3 END AS band,
                       avg(CASE WHEN c.patient_id IS NULL THEN 0 ELSE 1 END) AS prevalence
                FROM (SELECT patient_id, date_diff('year', birth_date, DATE '2009-04-01') AS age FROM patient) p
                LEFT JOIN condition c ON c.patient_id = p.patient_id AND c.condition = '{condition}'
                WHERE age >= 18 GROUP BY 1 ORDER BY 1
                """).Select(r => Convert.ToDouble(r[1], CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(4, byAge.Count);
            Assert.True(byAge[0] < byAge[1] && byAge[1] < byAge[2] && byAge[2] < byAge[3], condition + ": " + string.Join(", ", byAge));
        }
    }

    /// <summary>
    /// §4: mean Oxford gain +20.2 hip and +15.0 knee (Browne et al. 2013), ±3; hip EQ-5D index gain about +0.4 (±0.1).
    /// </summary>
    [Fact]
    public void PromsHealthGain()
    {
        using var connection = Lake.Open(lakes.Hundredth);
        var gains = Sql.Rows(connection, """
            SELECT a.procedure, avg(b.oxford_score - a.oxford_score), avg(b.eq5d_index - a.eq5d_index)
            FROM proms_response a JOIN proms_response b ON a.spell_id = b.spell_id AND a.stage = 'pre' AND b.stage = 'post'
            GROUP BY 1 ORDER BY 1
            """);
        var hip = gains.Single(r => (string)r[0]! == "hip_replacement");
        var knee = gains.Single(r => (string)r[0]! == "knee_replacement");
        Assert.InRange(Convert.ToDouble(hip[1], CultureInfo.InvariantCulture), 17.2, 23.2);
        Assert.InRange(Convert.ToDouble(knee[1], CultureInfo.InvariantCulture), 12.0, 18.0);
        Assert.InRange(Convert.ToDouble(hip[2], CultureInfo.InvariantCulture), 0.3, 0.5);
    }

    /// <summary>§5: MRSA 1.34 per 10,000 bed days (HPA 2007), ±0.5; §3: 93.3% of admitted RTT pathways within 18 weeks, ±2.</summary>
    [Fact]
    public void InfectionRateAndWaitingTimes()
    {
        using var connection = Lake.Open(lakes.Hundredth);
        Assert.InRange(Sql.Scalar(connection, """
            SELECT 10000.0 * (SELECT count(*) FROM safety_event WHERE kind = 'mrsa_bacteraemia') / sum(bed_days) FROM bed_days
            """), 0.84, 1.84);
        Assert.InRange(Sql.Scalar(connection, """
            SELECT avg(CASE WHEN clock_stop_date - referral_date <= 126 THEN 1 ELSE 0 END) FROM referral WHERE admitted
            """), 0.913, 0.953);
    }

    [GeneratedRegex(@"(\d+)(–\d+|\+): ([\d.]+)/([\d.]+)/([\d.]+)")]
    private static partial Regex BandPattern();
}
