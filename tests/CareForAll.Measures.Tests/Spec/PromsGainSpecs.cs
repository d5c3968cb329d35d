namespace CareForAll.Measures.Tests.Spec;

/// <summary>
/// Who the four PROMs health-gain measures count, and their unadjusted mean gain (the case-mix adjustment is tested in
/// EngineTests). A pre-operative response is paired with the post-operative response of the same spell and procedure;
/// both must have the measure's own score.
/// </summary>
public sealed class PromsGainSpecs : MeasureSpec
{
    [Theory]
    [InlineData("hip-replacement-oxford-gain", "hip_replacement", "knee_replacement", "oxford_score", 1.0)]
    [InlineData("hip-replacement-eq5d-gain", "hip_replacement", "knee_replacement", "eq5d_index", 0.01)]
    [InlineData("knee-replacement-oxford-gain", "knee_replacement", "hip_replacement", "oxford_score", 1.0)]
    [InlineData("knee-replacement-eq5d-gain", "knee_replacement", "hip_replacement", "eq5d_index", 0.01)]
    public void Gain_PairsPreAndPostBySpell_MeanOfPostMinusPre(string id, string procedure, string other, string score, double scale)
    {
        // Scores below are multiplied by scale (oxford points; EQ-5D index hundredths). RAA counts spells 1-3 only:
        // gains 20, 15 and 25 → mean 20. Not counted: 4 has no post response; 5 has no pre score in this measure's
        // column (only the other score); 6 has no post score; 7 has a post response only; 8's post response is for the
        // other procedure; 9 is the other procedure. RBB: gains 8 and 12 → mean 10, so England is 80 / 5 = 16.
        (long Spell, string Trust, string Procedure, string Stage, int? Score)[] responses =
        [
            (1, "RAA", procedure, "pre", 10), (1, "RAA", procedure, "post", 30),
            (2, "RAA", procedure, "pre", 20), (2, "RAA", procedure, "post", 35),
            (3, "RAA", procedure, "pre", 5), (3, "RAA", procedure, "post", 30),
            (4, "RAA", procedure, "pre", 10),
            (5, "RAA", procedure, "pre", null), (5, "RAA", procedure, "post", 30),
            (6, "RAA", procedure, "pre", 10), (6, "RAA", procedure, "post", null),
            (7, "RAA", procedure, "post", 40),
            (8, "RAA", procedure, "pre", 10), (8, "RAA", other, "post", 40),
            (9, "RAA", other, "pre", 10), (9, "RAA", other, "post", 40),
            (11, "RBB", procedure, "pre", 20), (11, "RBB", procedure, "post", 28),
            (12, "RBB", procedure, "pre", 30), (12, "RBB", procedure, "post", 42),
        ];
        var otherScore = score == "oxford_score" ? "eq5d_index" : "oxford_score";
        foreach (var spell in responses.Select(r => (r.Spell, r.Trust)).Distinct())
        {
            Spell(spell.Spell, "2009-06-01", "M161", 70, "elective", provider: spell.Trust);
        }

        foreach (var (spell, trust, responseProcedure, stage, value) in responses)
        {
            var measured = value is { } v ? (v * scale).ToString(System.Globalization.CultureInfo.InvariantCulture) : "NULL";
            Lake.Execute($"""
                INSERT INTO proms_response (patient_id, spell_id, provider_code, procedure, stage, response_date, {score}, {otherScore}, age, sex)
                VALUES ({spell}, {spell}, '{trust}', '{responseProcedure}', '{stage}', DATE '2009-06-01', {measured}, 1, 70, 'F')
                """);
        }

        var run = Run(id);

        var raa = Result(run, "RAA", "2009-10");
        Assert.Equal(3.0, raa.Denominator);
        Assert.Equal(20 * scale, raa.Observed!.Value, 9);
        Assert.Equal(2.0, Result(run, "RBB", "2009-10").Denominator);
        Assert.Equal(10 * scale, Result(run, "RBB", "2009-10").Observed!.Value, 9);
        Assert.Equal(16 * scale, raa.EnglandValue!.Value, 9);
    }
}
