-- patient_year: one row for each person registered with a GP practice and alive at the end of a financial year
-- (31 March), with what the practice's record shows on that day: the registers they are on (QOF-style, diagnosed
-- on or before the day), their latest readings (within the last 15 months; smoking status ever), and when they were
-- last prescribed a statin or an anticoagulant. The population of the practice-level measures.
-- period: year_end
-- build: one year at a time
-- (each row belongs to the financial year its year_end closes, so the runner builds the table one year at a time,
-- which keeps memory in bounds for all of England)
-- Speed: only the observation kinds and drug classes used are read, and the 15-month window start is worked out once
-- per year. A date is compared with a year-end as "y.year_end - o.observed_date >= 0" rather than
-- "o.observed_date <= y.year_end" on purpose: the second makes DuckDB plan a range join that sorts every reading,
-- while years has a single row when the runner builds one year at a time, so a plain filter over the pairs is about
-- four times cheaper.
WITH years AS (
  SELECT year_end, CAST(year_end - INTERVAL 15 MONTH AS DATE) AS recent_after
  FROM (SELECT DISTINCT make_date(CAST(year AS INTEGER) + 1, 3, 31) AS year_end FROM population)
),
registers AS (
  SELECT patient_id,
    min(diagnosed_date) FILTER (WHERE condition = 'diabetes') AS diabetes,
    min(diagnosed_date) FILTER (WHERE condition = 'hypertension') AS hypertension,
    min(diagnosed_date) FILTER (WHERE condition = 'chd') AS chd,
    min(diagnosed_date) FILTER (WHERE condition = 'stroke') AS stroke,
    min(diagnosed_date) FILTER (WHERE condition = 'af') AS af,
    min(diagnosed_date) FILTER (WHERE condition = 'heart_failure') AS heart_failure,
    min(diagnosed_date) FILTER (WHERE condition = 'ckd') AS ckd,
    min(diagnosed_date) FILTER (WHERE condition = 'pad') AS pad,
    min(diagnosed_date) FILTER (WHERE condition = 'familial_hypercholesterolaemia') AS familial_hypercholesterolaemia,
    min(diagnosed_date) FILTER (WHERE condition = 'depression') AS depression
  FROM condition
  WHERE condition IN ('diabetes', 'hypertension', 'chd', 'stroke', 'af', 'heart_failure', 'ckd', 'pad',
    'familial_hypercholesterolaemia', 'depression')
  GROUP BY patient_id
),
readings AS (
  SELECT o.patient_id, y.year_end,
    arg_max(o.value, o.observed_date) FILTER (WHERE o.kind = 'hba1c' AND o.observed_date > y.recent_after) AS hba1c,
    arg_max(o.value, o.observed_date) FILTER (WHERE o.kind = 'systolic_bp' AND o.observed_date > y.recent_after) AS systolic_bp,
    arg_max(o.value, o.observed_date) FILTER (WHERE o.kind = 'diastolic_bp' AND o.observed_date > y.recent_after) AS diastolic_bp,
    arg_max(o.value, o.observed_date) FILTER (WHERE o.kind = 'bmi' AND o.observed_date > y.recent_after) AS bmi,
    arg_max(o.value, o.observed_date) FILTER (WHERE o.kind = 'cvd_risk' AND o.observed_date > y.recent_after) AS cvd_risk,
    max(o.observed_date) FILTER (WHERE o.kind = 'cvd_risk') AS last_cvd_risk_assessment,
    arg_max(o.value, o.observed_date) FILTER (WHERE o.kind = 'smoking_status') AS smoking_status
  FROM observation o
  CROSS JOIN years y
  WHERE o.kind IN ('hba1c', 'systolic_bp', 'diastolic_bp', 'bmi', 'cvd_risk', 'smoking_status')
    AND y.year_end - o.observed_date >= 0
    AND (o.observed_date > y.recent_after OR o.kind IN ('cvd_risk', 'smoking_status'))
  GROUP BY o.patient_id, y.year_end
),
prescriptions AS (
  SELECT m.patient_id, y.year_end,
    max(m.prescribed_date) FILTER (WHERE m.drug_class = 'statin') AS last_statin,
    max(m.prescribed_date) FILTER (WHERE m.drug_class = 'anticoagulant') AS last_anticoagulant
  FROM medication m
  CROSS JOIN years y
  WHERE m.drug_class IN ('statin', 'anticoagulant') AND y.year_end - m.prescribed_date >= 0
  GROUP BY m.patient_id, y.year_end
)
SELECT
  p.patient_id, p.practice_code, p.commissioner_code, p.sex, y.year_end,
  -- age in whole years on the year-end (as age() gives, without the timestamp arithmetic)
  year(y.year_end) - year(p.birth_date)
    - CASE WHEN month(p.birth_date) > month(y.year_end) OR (month(p.birth_date) = month(y.year_end) AND day(p.birth_date) > day(y.year_end)) THEN 1 ELSE 0 END AS age,
  coalesce(r.diabetes <= y.year_end, FALSE) AS diabetes,
  coalesce(r.hypertension <= y.year_end, FALSE) AS hypertension,
  coalesce(r.chd <= y.year_end, FALSE) AS chd,
  coalesce(r.stroke <= y.year_end, FALSE) AS stroke,
  coalesce(r.af <= y.year_end, FALSE) AS af,
  coalesce(r.heart_failure <= y.year_end, FALSE) AS heart_failure,
  coalesce(r.ckd <= y.year_end, FALSE) AS ckd,
  coalesce(r.pad <= y.year_end, FALSE) AS pad,
  coalesce(r.familial_hypercholesterolaemia <= y.year_end, FALSE) AS familial_hypercholesterolaemia,
  coalesce(r.depression <= y.year_end, FALSE) AS depression,
  rd.hba1c, rd.systolic_bp, rd.diastolic_bp, rd.bmi, rd.cvd_risk, rd.last_cvd_risk_assessment, rd.smoking_status,
  rx.last_statin, rx.last_anticoagulant
FROM patient p
CROSS JOIN years y
LEFT JOIN registers r ON r.patient_id = p.patient_id
LEFT JOIN readings rd ON rd.patient_id = p.patient_id AND rd.year_end = y.year_end
LEFT JOIN prescriptions rx ON rx.patient_id = p.patient_id AND rx.year_end = y.year_end
WHERE y.year_end - p.birth_date >= 0 AND (p.death_date IS NULL OR p.death_date > y.year_end)
