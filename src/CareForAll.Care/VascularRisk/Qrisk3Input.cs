namespace CareForAll.Care.VascularRisk;

/// <summary>
/// One person's answers to the QRISK®3-2017 calculator, validated on construction so an out-of-range person
/// cannot exist.
/// </summary>
/// <remarks>
/// Ranges: age 25–84 years (whole years, as in the published algorithm), cholesterol/HDL ratio 1–12 and systolic blood
/// pressure 70–210 mmHg are the limits of the published calculator. The published algorithm sets no limit on BMI,
/// the standard deviation of systolic blood pressure or the Townsend score and neither clamps nor imputes them, so they
/// are used as given; CareForAll only refuses implausible values (BMI 10–80, SD 0–100 mmHg, Townsend −10 to 20).
/// Optional inputs default to what the calculator assumes when nothing is entered: white or not stated, Townsend 0
/// (no postcode), non-smoker, no diabetes and none of the yes/no conditions. Erectile dysfunction enters the men's
/// equation only; for women it is ignored, as in the published algorithm.
/// <c>default(Qrisk3Input)</c> is not a valid person (age 0); use the constructor. Equality is by value.
/// </remarks>
public readonly record struct Qrisk3Input
{
    public static readonly Qrisk3Range AgeRange = new("age", 25, 84, "years");
    public static readonly Qrisk3Range CholesterolHdlRatioRange = new("cholesterol/HDL ratio", 1, 12, "");
    public static readonly Qrisk3Range SystolicBpRange = new("systolic blood pressure", 70, 210, "mmHg");
    public static readonly Qrisk3Range SystolicBpSdRange = new("standard deviation of systolic blood pressure", 0, 100, "mmHg");
    public static readonly Qrisk3Range BmiRange = new("body mass index", 10, 80, "kg/m²");
    public static readonly Qrisk3Range TownsendRange = new("Townsend deprivation score", -10, 20, "");

    /// <summary>Validates every input; throws <see cref="ArgumentOutOfRangeException"/> naming the field and its range.</summary>
    public Qrisk3Input(
        int age,
        Qrisk3Sex sex,
        double cholesterolHdlRatio,
        double systolicBp,
        double systolicBpSd,
        double bmi,
        Qrisk3Ethnicity ethnicity = Qrisk3Ethnicity.WhiteOrNotStated,
        double townsend = 0,
        Qrisk3Smoking smoking = Qrisk3Smoking.NonSmoker,
        Qrisk3Diabetes diabetes = Qrisk3Diabetes.None,
        Qrisk3Conditions conditions = Qrisk3Conditions.None)
    {
        Age = (int)AgeRange.Check(age, nameof(age));
        Sex = Enum.IsDefined(sex) ? sex : throw new ArgumentOutOfRangeException(nameof(sex), sex, "sex must be female or male");
        CholesterolHdlRatio = CholesterolHdlRatioRange.Check(cholesterolHdlRatio, nameof(cholesterolHdlRatio));
        SystolicBp = SystolicBpRange.Check(systolicBp, nameof(systolicBp));
        SystolicBpSd = SystolicBpSdRange.Check(systolicBpSd, nameof(systolicBpSd));
        Bmi = BmiRange.Check(bmi, nameof(bmi));
        Ethnicity = Enum.IsDefined(ethnicity)
            ? ethnicity
            : throw new ArgumentOutOfRangeException(nameof(ethnicity), ethnicity, "ethnicity must be a QRISK3 group from 1 to 9");
        Townsend = TownsendRange.Check(townsend, nameof(townsend));
        Smoking = Enum.IsDefined(smoking)
            ? smoking
            : throw new ArgumentOutOfRangeException(nameof(smoking), smoking, "smoking must be from 0 (non-smoker) to 4 (heavy)");
        Diabetes = Enum.IsDefined(diabetes)
            ? diabetes
            : throw new ArgumentOutOfRangeException(nameof(diabetes), diabetes, "diabetes must be 0 (none), 1 (type 1) or 2 (type 2)");
        const Qrisk3Conditions all = (Qrisk3Conditions)((1 << 11) - 1);
        Conditions = (conditions & ~all) == 0
            ? conditions
            : throw new ArgumentOutOfRangeException(nameof(conditions), conditions, "conditions holds an unknown flag");
    }

    /// <summary>Age in whole years, 25–84.</summary>
    public int Age { get; }

    public Qrisk3Sex Sex { get; }

    /// <summary>Total cholesterol divided by HDL cholesterol.</summary>
    public double CholesterolHdlRatio { get; }

    /// <summary>Systolic blood pressure, mmHg.</summary>
    public double SystolicBp { get; }

    /// <summary>Standard deviation of at least two recent systolic blood pressure readings, mmHg.</summary>
    public double SystolicBpSd { get; }

    /// <summary>Body mass index, kg/m².</summary>
    public double Bmi { get; }

    public Qrisk3Ethnicity Ethnicity { get; }

    /// <summary>Townsend deprivation score of the person's area (0 when unknown).</summary>
    public double Townsend { get; }

    public Qrisk3Smoking Smoking { get; }

    public Qrisk3Diabetes Diabetes { get; }

    /// <summary>The yes/no risk factors the person has.</summary>
    public Qrisk3Conditions Conditions { get; }

    /// <summary>True when the person has every condition in <paramref name="condition"/>.</summary>
    public bool Has(Qrisk3Conditions condition) => (Conditions & condition) == condition;
}
