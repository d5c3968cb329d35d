using System.Text.Json;

namespace CareForAll.Data.Synthetic;

/// <summary>
/// The one national mortality model: the probability that a spell ends in death in hospital or within 30 days of
/// discharge, a logistic function of lake columns only, so anyone can compute expected deaths per spell:
/// <code>
/// logit p = Intercept + Age·(age_on_admission − 70)/10 + Male·[sex = 'M'] + Emergency·[admission_type in
///           ('emergency','transfer')] + DayCase·[patient_class = 'day_case'] + Comorbidity·min(n, 6)
///           + term[left(primary_diagnosis, 3)]
/// </code>
/// where n is the number of codes in <c>secondary_diagnoses</c> (split on ';', 0 when empty) and term is
/// <see cref="AdmissionCatalogue.MortalityByDiagnosis"/> (0 for codes not listed). The intercept is set so that
/// crude deaths per spell land near 2.4%: 1.8% of admissions die in hospital and 25.9% of SHMI deaths happen
/// after discharge (facts file §2). Coefficients are assumptions in the range seen in SHMI-type models.
/// </summary>
internal static class MortalityModel
{
    public const double Intercept = -5.0;
    public const double AgePerDecade = 0.55;
    public const double AgeCentre = 70;
    public const double Male = 0.15;
    public const double Emergency = 1.2;
    public const double DayCase = -1.5;
    public const double Comorbidity = 0.22;
    public const int ComorbidityCap = 6;

    public static double Probability(int age, bool male, bool emergency, bool dayCase, int comorbidities, double diagnosisTerm)
    {
        var logit = Intercept + (AgePerDecade * (age - AgeCentre) / 10) + (male ? Male : 0) + (emergency ? Emergency : 0)
            + (dayCase ? DayCase : 0) + (Comorbidity * Math.Min(comorbidities, ComorbidityCap)) + diagnosisTerm;
        return 1 / (1 + Math.Exp(-logit));
    }

    /// <summary>Writes the model (coefficients and covariate definitions) as a JSON object.</summary>
    public static void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("outcome", "death in hospital (discharge_method = '4') or patient.death_date within 30 days after discharge_date, counted on the patient's last spell before death (as SHMI attributes a death to the final spell)");
        json.WriteString("link", "logistic: p = 1 / (1 + exp(-(intercept + sum of terms)))");
        json.WriteNumber("intercept", Intercept);
        json.WriteStartArray("terms");
        Term(json, "age", "(age_on_admission - 70) / 10", AgePerDecade);
        Term(json, "male", "1 when sex = 'M'", Male);
        Term(json, "emergency", "1 when admission_type in ('emergency', 'transfer')", Emergency);
        Term(json, "day_case", "1 when patient_class = 'day_case'", DayCase);
        Term(json, "comorbidity", "least(number of ';'-separated codes in secondary_diagnoses (0 when empty), 6)", Comorbidity);
        json.WriteEndArray();
        json.WriteString("diagnosis_term", "diagnosis_coefficients[left(primary_diagnosis, 3)], 0 when the code is not listed");
        json.WriteStartObject("diagnosis_coefficients");
        foreach (var (code, term) in AdmissionCatalogue.MortalityByDiagnosis.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(code, term);
        }

        json.WriteEndObject();
        json.WriteString("planted", "spells at a trust with planted excess mortality have p multiplied by the trust's smr (capped at 1)");
        json.WriteEndObject();
    }

    private static void Term(Utf8JsonWriter json, string name, string definition, double coefficient)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("definition", definition);
        json.WriteNumber("coefficient", coefficient);
        json.WriteEndObject();
    }
}
