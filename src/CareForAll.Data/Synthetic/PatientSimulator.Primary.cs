namespace CareForAll.Data.Synthetic;

internal sealed partial class PatientSimulator
{
    /// <summary>Mean HbA1c of people with diabetes, mmol/mol (assumption; about 66% at or under 58, NDA 2011-12 in facts §6).</summary>
    private const double MeanDiabeticHbA1c = 55;

    /// <summary>
    /// Yearly primary care records for the living: a review for people on a vascular or diabetes register (BP, BMI,
    /// smoking, HbA1c for diabetes, cholesterol where a statin is expected), an occasional health check for others
    /// aged 40–74, and one prescription record per drug class a year.
    /// </summary>
    private void SimulatePrimaryCare()
    {
        if (_ageAtStart < 16)
        {
            return;
        }

        var smoker = _rng.Chance(_male ? EnglandFacts.SmokingMen : EnglandFacts.SmokingWomen) ? 2 + _rng.Next(3) : _rng.Chance(0.3) ? 1 : 0;
        var bmi = _rng.Normal(27.2 + (Has(_mask, ConditionCatalogue.Diabetes) ? 4 : 0), 4.8);
        var systolic = _rng.Normal(106 + (0.45 * _ageAtStart) + (Has(_mask, ConditionCatalogue.Hypertension) ? 12 : 0), 13);
        var cholesterol = _rng.Normal(5.3, 1.0);
        var hdl = _rng.Normal(_male ? 1.3 : 1.6, 0.35);
        var hba1c = MeanDiabeticHbA1c + _practice.HbA1cShift + _rng.Normal(0, 12);
        var alcohol = Math.Round(_rng.Exponential(_male ? 14 : 7));
        for (var y = 0; y < EnglandFacts.Years; y++)
        {
            var day = EnglandFacts.Start.AddYears(y).DayNumber + _rng.Next(365);
            if (day >= _deathDay)
            {
                break;
            }

            var registers = 0;
            for (var c = 0; c < ConditionCatalogue.All.Length; c++)
            {
                if (Has(_mask, c) && _diagnosed[c] <= day)
                {
                    registers |= 1 << c;
                }
            }

            var age = _ageAtStart + y;
            var onStatin = (registers & ConditionCatalogue.LipidMask) != 0 && _rng.Chance(0.75);
            var review = (registers & ConditionCatalogue.VascularMask) != 0;
            var healthCheck = !review && age is >= 40 and <= 74 && _rng.Chance(0.1);
            if (review || healthCheck || (registers != 0 && _rng.Chance(0.5)))
            {
                var treated = (registers & (1 << ConditionCatalogue.Hypertension)) != 0 ? -6 : 0;
                var sbp = Math.Round(systolic + treated + _rng.Normal(0, 8));
                Observation(day, "systolic_bp", sbp, "mmHg", "72313002");
                Observation(day, "diastolic_bp", Math.Round((sbp * 0.55) + 8 + _rng.Normal(0, 6)), "mmHg", "271650006");
                Observation(day, "bmi", Math.Round(bmi + _rng.Normal(0, 0.6), 1), "kg/m2", "60621009");
                Observation(day, "smoking_status", smoker, "category", "229819007");
                if (y == 0 || _rng.Chance(0.3))
                {
                    Observation(day, "alcohol_units", alcohol, "units/week", "160573003");
                }
            }

            if ((registers & (1 << ConditionCatalogue.Diabetes)) != 0)
            {
                Observation(day, "hba1c", Math.Round(Math.Max(30, hba1c + _rng.Normal(0, 4))), "mmol/mol", "999791000000106");
            }

            if ((registers & ConditionCatalogue.LipidMask) != 0 || healthCheck)
            {
                Observation(day, "total_cholesterol", Math.Round(Math.Max(2.0, cholesterol - (onStatin ? 1.2 : 0) + _rng.Normal(0, 0.3)), 1), "mmol/L", "77068002");
                Observation(day, "hdl_cholesterol", Math.Round(Math.Max(0.5, hdl + _rng.Normal(0, 0.1)), 2), "mmol/L", "17888004");
            }

            var cardiovascular = (registers & ((1 << ConditionCatalogue.Chd) | (1 << ConditionCatalogue.Stroke) | (1 << ConditionCatalogue.Pad))) != 0;
            if ((healthCheck || (review && _rng.Chance(0.3))) && !cardiovascular && age is >= 40 and <= 74)
            {
                Observation(day, "cvd_risk", Math.Round(CvdRisk(age, systolic, smoker, registers, cholesterol / hdl), 1), "%", "718087004");
            }

            Prescriptions(day, registers, onStatin);
        }
    }

    /// <summary>An approximate 10-year cardiovascular risk, QRISK-shaped but not QRISK (assumption).</summary>
    private double CvdRisk(int age, double systolic, int smoker, int registers, double ratio)
    {
        var linear = (0.07 * (age - 55)) + (_male ? 0.5 : 0) + (0.015 * (systolic - 130)) + (smoker >= 2 ? 0.6 : 0)
            + ((registers & (1 << ConditionCatalogue.Diabetes)) != 0 ? 0.6 : 0) + (0.15 * (ratio - 4)) + (0.04 * _geography.LsoaTownsend[_lsoa]);
        return 100 * (1 - Math.Pow(0.93, Math.Exp(linear)));
    }

    private void Prescriptions(int day, int registers, bool onStatin)
    {
        if (onStatin)
        {
            Medication(day, "statin", "0212000");
        }

        if ((Has(registers, ConditionCatalogue.Hypertension) && _rng.Chance(0.85)) || Has(registers, ConditionCatalogue.HeartFailure))
        {
            Medication(day, "antihypertensive", "0205052");
        }

        if (Has(registers, ConditionCatalogue.Af) && _rng.Chance(0.5))
        {
            Medication(day, "anticoagulant", "0208020");
        }

        if ((Has(registers, ConditionCatalogue.Chd) || Has(registers, ConditionCatalogue.Stroke) || Has(registers, ConditionCatalogue.Pad)) && _rng.Chance(0.8))
        {
            Medication(day, "antiplatelet", "0209000");
        }

        if (Has(registers, ConditionCatalogue.Diabetes))
        {
            if (_rng.Chance(0.75))
            {
                Medication(day, "metformin", "0601022");
            }

            if (_rng.Chance(0.15))
            {
                Medication(day, "insulin", "0601011");
            }
        }

        if (Has(registers, ConditionCatalogue.Depression) && _rng.Chance(0.6))
        {
            Medication(day, "antidepressant", "0403030");
        }

        if (Has(registers, ConditionCatalogue.SevereMentalIllness) && _rng.Chance(0.8))
        {
            Medication(day, "antipsychotic", "0402010");
        }

        if ((Has(registers, ConditionCatalogue.Asthma) || Has(registers, ConditionCatalogue.Copd)) && _rng.Chance(0.7))
        {
            Medication(day, "steroid", "0302000");
        }
    }

    private static bool Has(int mask, int condition) => (mask & (1 << condition)) != 0;

    private void Observation(int day, string kind, double value, string unit, string code)
    {
        var w = _out.Observation;
        w.Add(_id);
        w.Add(_practice.Code);
        w.Add(DateOnly.FromDayNumber(day));
        w.Add(kind);
        w.Add(value);
        w.Add(unit);
        w.Add(code);
        w.EndRow();
    }

    private void Medication(int day, string drugClass, string code)
    {
        var w = _out.Medication;
        w.Add(_id);
        w.Add(_practice.Code);
        w.Add(DateOnly.FromDayNumber(day));
        w.Add(drugClass);
        w.Add(code);
        w.EndRow();
    }
}
