-- (d) The floor: the ten practice measures over patient_year, as an analyst would write them in DuckDB SQL for one
-- financial year, in one statement (no table of person-years is written). One row per practice, a numerator and a
-- denominator column per measure, named "measure-id/n" and "measure-id/d". MeasuresBench fills in the dates.
WITH registers AS (
  SELECT patient_id,
    bool_or(condition = 'diabetes') AS diabetes, bool_or(condition = 'hypertension') AS hypertension,
    bool_or(condition = 'chd') AS chd, bool_or(condition = 'stroke') AS stroke, bool_or(condition = 'af') AS af,
    bool_or(condition = 'heart_failure') AS heart_failure, bool_or(condition = 'ckd') AS ckd, bool_or(condition = 'pad') AS pad,
    bool_or(condition = 'familial_hypercholesterolaemia') AS fh, bool_or(condition = 'depression') AS depression
  FROM condition
  WHERE condition IN ('diabetes', 'hypertension', 'chd', 'stroke', 'af', 'heart_failure', 'ckd', 'pad', 'familial_hypercholesterolaemia', 'depression')
    AND diagnosed_date <= {year_end}
  GROUP BY patient_id
),
readings AS (
  SELECT patient_id,
    arg_max(value, observed_date) FILTER (WHERE kind = 'hba1c' AND observed_date > {recent_after}) AS hba1c,
    arg_max(value, observed_date) FILTER (WHERE kind = 'systolic_bp' AND observed_date > {recent_after}) AS sbp,
    arg_max(value, observed_date) FILTER (WHERE kind = 'diastolic_bp' AND observed_date > {recent_after}) AS dbp,
    arg_max(value, observed_date) FILTER (WHERE kind = 'bmi' AND observed_date > {recent_after}) AS bmi,
    arg_max(value, observed_date) FILTER (WHERE kind = 'cvd_risk' AND observed_date > {recent_after}) AS cvd_risk,
    max(observed_date) FILTER (WHERE kind = 'cvd_risk') AS last_assessment,
    arg_max(value, observed_date) FILTER (WHERE kind = 'smoking_status') AS smoking
  FROM observation
  WHERE kind IN ('hba1c', 'systolic_bp', 'diastolic_bp', 'bmi', 'cvd_risk', 'smoking_status')
    AND observed_date <= {year_end}
    AND (observed_date > {recent_after} OR kind IN ('cvd_risk', 'smoking_status'))
  GROUP BY patient_id
),
prescriptions AS (
  SELECT patient_id,
    max(prescribed_date) FILTER (WHERE drug_class = 'statin') AS last_statin,
    max(prescribed_date) FILTER (WHERE drug_class = 'anticoagulant') AS last_anticoagulant
  FROM medication
  WHERE drug_class IN ('statin', 'anticoagulant') AND prescribed_date <= {year_end}
  GROUP BY patient_id
),
invited AS (
  SELECT DISTINCT patient_id FROM health_check_invitation
  WHERE invited_date > {year_before} AND invited_date <= {year_end}
),
py AS (
  SELECT p.practice_code, p.sex,
    -- age on the year-end, 31 March: one less for those born later in the year than March
    year({year_end}) - year(p.birth_date) - CASE WHEN month(p.birth_date) > 3 THEN 1 ELSE 0 END AS age,
    coalesce(r.diabetes, FALSE) AS diabetes, coalesce(r.hypertension, FALSE) AS hypertension, coalesce(r.chd, FALSE) AS chd,
    coalesce(r.stroke, FALSE) AS stroke, coalesce(r.af, FALSE) AS af, coalesce(r.heart_failure, FALSE) AS heart_failure,
    coalesce(r.ckd, FALSE) AS ckd, coalesce(r.pad, FALSE) AS pad, coalesce(r.fh, FALSE) AS fh, coalesce(r.depression, FALSE) AS depression,
    rd.hba1c, rd.sbp, rd.dbp, rd.bmi, rd.cvd_risk, rd.last_assessment, rd.smoking, rx.last_statin, rx.last_anticoagulant,
    i.patient_id IS NOT NULL AS invited
  FROM patient p
  LEFT JOIN registers r USING (patient_id)
  LEFT JOIN readings rd USING (patient_id)
  LEFT JOIN prescriptions rx USING (patient_id)
  LEFT JOIN invited i USING (patient_id)
  WHERE p.birth_date <= {year_end} AND (p.death_date IS NULL OR p.death_date > {year_end})
),
flagged AS (
  SELECT *,
    age BETWEEN 40 AND 74 AND last_statin IS NULL AND NOT (chd OR stroke OR hypertension OR diabetes OR ckd OR af OR heart_failure OR fh OR pad) AS hc_eligible,
    af AND (heart_failure::INT + hypertension::INT + diabetes::INT + 2 * stroke::INT + (chd OR pad)::INT
            + CASE WHEN age >= 75 THEN 2 WHEN age >= 65 THEN 1 ELSE 0 END + (sex = 'F')::INT) >= 2 AS af_at_risk
  FROM py
)
SELECT practice_code,
  count(*) FILTER (WHERE af_at_risk AND last_anticoagulant > {year_before}) AS "af-anticoagulated/n",
  count(*) FILTER (WHERE af_at_risk) AS "af-anticoagulated/d",
  count(*) FILTER (WHERE cvd_risk >= 10 AND last_statin > {year_before}) AS "cvd-risk-10-statin/n",
  count(*) FILTER (WHERE cvd_risk >= 10) AS "cvd-risk-10-statin/d",
  count(*) FILTER (WHERE age >= 18 AND depression) AS "depression-prevalence/n",
  count(*) FILTER (WHERE age >= 18) AS "depression-prevalence/d",
  count(*) FILTER (WHERE diabetes AND hba1c <= 58) AS "diabetes-hba1c-58/n",
  count(*) FILTER (WHERE diabetes) AS "diabetes-hba1c-58/d",
  count(*) FILTER (WHERE hc_eligible AND last_assessment > {five_years_before}) AS "health-check-assessed-5-years/n",
  count(*) FILTER (WHERE hc_eligible) AS "health-check-assessed-5-years/d",
  count(*) FILTER (WHERE hc_eligible AND invited) AS "health-check-offered/n",
  count(*) FILTER (WHERE hc_eligible) AS "health-check-offered/d",
  count(*) FILTER (WHERE hc_eligible AND last_assessment > {year_before}) AS "health-check-uptake/n",
  count(*) FILTER (WHERE hc_eligible) AS "health-check-uptake/d",
  count(*) FILTER (WHERE hypertension AND sbp <= 150 AND dbp <= 90) AS "hypertension-bp-150-90/n",
  count(*) FILTER (WHERE hypertension) AS "hypertension-bp-150-90/d",
  count(*) FILTER (WHERE age >= 18 AND bmi >= 30) AS "obesity-bmi-30/n",
  count(*) FILTER (WHERE age >= 18) AS "obesity-bmi-30/d",
  count(*) FILTER (WHERE age >= 15 AND smoking IS NOT NULL AND smoking >= 2) AS "smoking-prevalence/n",
  count(*) FILTER (WHERE age >= 15 AND smoking IS NOT NULL) AS "smoking-prevalence/d"
FROM flagged
GROUP BY practice_code
