using System.Collections.Immutable;

namespace CareForAll.Care.VascularRisk;

/// <summary>
/// One sex's equation of the QRISK®3-2017 algorithm: fractional-polynomial powers of age, centring constants, log
/// hazard ratios and the 10-year baseline survival. The published values are <see cref="Women"/> and <see cref="Men"/>.
/// </summary>
/// <remarks>
/// Hippisley-Cox J, Coupland C, Brindle P. Development and validation of QRISK3 risk prediction algorithms to estimate
/// future risk of cardiovascular disease: prospective cohort study. BMJ 2017;357:j2099. The numbers are those of
/// ClinRisk's published QRISK®3-2017 source (LGPL-3, Copyright 2017 ClinRisk Ltd). Immutable and thread-safe.
/// </remarks>
public sealed partial record Qrisk3Coefficients
{
    /// <summary>The probability of no cardiovascular event in 10 years at the centring values.</summary>
    public required double BaselineSurvival { get; init; }

    /// <summary>The power of age/10 in the first age term (women −2, men −1).</summary>
    public required int AgePower1 { get; init; }

    /// <summary>The power of age/10 in the second age term (women 1, men 3).</summary>
    public required int AgePower2 { get; init; }

    /// <summary>Log hazard ratio of each ethnic group, indexed by code − 1 (white or not stated is 0).</summary>
    public required ImmutableArray<double> Ethnicity { get; init; }

    /// <summary>Log hazard ratio of each smoking status, indexed by code 0–4.</summary>
    public required ImmutableArray<double> Smoking { get; init; }

    public required double MeanAgeTerm1 { get; init; }

    public required double MeanAgeTerm2 { get; init; }

    public required double MeanBmiTerm1 { get; init; }

    public required double MeanBmiTerm2 { get; init; }

    public required double MeanCholesterolHdlRatio { get; init; }

    public required double MeanSystolicBp { get; init; }

    public required double MeanSystolicBpSd { get; init; }

    public required double MeanTownsend { get; init; }

    public required double AgeTerm1 { get; init; }

    public required double AgeTerm2 { get; init; }

    /// <summary>Coefficient of (BMI/10)^−2, centred.</summary>
    public required double BmiTerm1 { get; init; }

    /// <summary>Coefficient of (BMI/10)^−2 · ln(BMI/10), centred.</summary>
    public required double BmiTerm2 { get; init; }

    public required double CholesterolHdlRatio { get; init; }

    public required double SystolicBp { get; init; }

    public required double SystolicBpSd { get; init; }

    public required double Townsend { get; init; }

    public required double AtrialFibrillation { get; init; }

    public required double AtypicalAntipsychotic { get; init; }

    public required double Steroids { get; init; }

    /// <summary>Men only; 0 in the women's equation.</summary>
    public required double ErectileDysfunction { get; init; }

    public required double Migraine { get; init; }

    public required double RheumatoidArthritis { get; init; }

    public required double ChronicKidneyDisease { get; init; }

    public required double SevereMentalIllness { get; init; }

    public required double Sle { get; init; }

    public required double BloodPressureTreatment { get; init; }

    public required double Type1Diabetes { get; init; }

    public required double Type2Diabetes { get; init; }

    public required double FamilyHistoryChd { get; init; }

    /// <summary>Interactions with the first centred age term.</summary>
    public required Qrisk3AgeInteractions AgeTerm1Interactions { get; init; }

    /// <summary>Interactions with the second centred age term.</summary>
    public required Qrisk3AgeInteractions AgeTerm2Interactions { get; init; }

    /// <summary>The coefficients of the equation for <paramref name="sex"/>.</summary>
    public static Qrisk3Coefficients For(Qrisk3Sex sex) => sex == Qrisk3Sex.Male ? Men : Women;

    /// <summary>
    /// The linear predictor (sum of log hazard ratios) for one person, in the published order of evaluation:
    /// fractional polynomials, centring, ethnicity and smoking, continuous terms, yes/no terms, then age interactions.
    /// </summary>
    public double LinearPredictor(in Qrisk3Input person)
    {
        var dage = person.Age / 10.0;
        var age1 = AgePower(dage, AgePower1) - MeanAgeTerm1;
        var age2 = AgePower(dage, AgePower2) - MeanAgeTerm2;
        var dbmi = person.Bmi / 10.0;
        var bmiSquaredInverse = 1.0 / (dbmi * dbmi);
        var bmi1 = bmiSquaredInverse - MeanBmiTerm1;
        var bmi2 = (bmiSquaredInverse * Math.Log(dbmi)) - MeanBmiTerm2;
        var ratio = person.CholesterolHdlRatio - MeanCholesterolHdlRatio;
        var sbp = person.SystolicBp - MeanSystolicBp;
        var sbpSd = person.SystolicBpSd - MeanSystolicBpSd;
        var town = person.Townsend - MeanTownsend;
        var has = person.Conditions;
        var af = Flag(has, Qrisk3Conditions.AtrialFibrillation);
        var steroids = Flag(has, Qrisk3Conditions.Steroids);
        var impotence = person.Sex == Qrisk3Sex.Male ? Flag(has, Qrisk3Conditions.ErectileDysfunction) : 0.0;
        var migraine = Flag(has, Qrisk3Conditions.Migraine);
        var renal = Flag(has, Qrisk3Conditions.ChronicKidneyDisease);
        var sle = Flag(has, Qrisk3Conditions.Sle);
        var treated = Flag(has, Qrisk3Conditions.BloodPressureTreatment);
        var type1 = person.Diabetes == Qrisk3Diabetes.Type1 ? 1.0 : 0.0;
        var type2 = person.Diabetes == Qrisk3Diabetes.Type2 ? 1.0 : 0.0;
        var family = Flag(has, Qrisk3Conditions.FamilyHistoryChd);
        var smokingStatus = person.Smoking;

        var a = Ethnicity[(int)person.Ethnicity - 1];
        a += Smoking[(int)person.Smoking];

        a += age1 * AgeTerm1;
        a += age2 * AgeTerm2;
        a += bmi1 * BmiTerm1;
        a += bmi2 * BmiTerm2;
        a += ratio * CholesterolHdlRatio;
        a += sbp * SystolicBp;
        a += sbpSd * SystolicBpSd;
        a += town * Townsend;

        a += af * AtrialFibrillation;
        a += Flag(has, Qrisk3Conditions.AtypicalAntipsychotic) * AtypicalAntipsychotic;
        a += steroids * Steroids;
        a += impotence * ErectileDysfunction;
        a += migraine * Migraine;
        a += Flag(has, Qrisk3Conditions.RheumatoidArthritis) * RheumatoidArthritis;
        a += renal * ChronicKidneyDisease;
        a += Flag(has, Qrisk3Conditions.SevereMentalIllness) * SevereMentalIllness;
        a += sle * Sle;
        a += treated * BloodPressureTreatment;
        a += type1 * Type1Diabetes;
        a += type2 * Type2Diabetes;
        a += family * FamilyHistoryChd;

        a += Interactions(age1, AgeTerm1Interactions);
        a += Interactions(age2, AgeTerm2Interactions);
        return a;

        double Interactions(double age, Qrisk3AgeInteractions c)
        {
            var smoking = smokingStatus switch
            {
                Qrisk3Smoking.ExSmoker => c.ExSmoker,
                Qrisk3Smoking.Light => c.LightSmoker,
                Qrisk3Smoking.Moderate => c.ModerateSmoker,
                Qrisk3Smoking.Heavy => c.HeavySmoker,
                _ => 0.0,
            };
            return age * (smoking
                + (af * c.AtrialFibrillation)
                + (steroids * c.Steroids)
                + (impotence * c.ErectileDysfunction)
                + (migraine * c.Migraine)
                + (renal * c.ChronicKidneyDisease)
                + (sle * c.Sle)
                + (treated * c.BloodPressureTreatment)
                + (type1 * c.Type1Diabetes)
                + (type2 * c.Type2Diabetes)
                + (bmi1 * c.BmiTerm1)
                + (bmi2 * c.BmiTerm2)
                + (family * c.FamilyHistoryChd)
                + (sbp * c.SystolicBp)
                + (town * c.Townsend));
        }
    }

    private static double Flag(Qrisk3Conditions has, Qrisk3Conditions condition) => (has & condition) != 0 ? 1.0 : 0.0;

    private static double AgePower(double dage, int power) => power switch
    {
        -2 => 1.0 / (dage * dage),
        -1 => 1.0 / dage,
        1 => dage,
        2 => dage * dage,
        3 => dage * dage * dage,
        _ => Math.Pow(dage, power),
    };
}
