-- patient_year: one row for each person registered with a GP practice and alive at the end of a financial year
-- (31 March), with what the practice's record shows on that day: the registers they are on (QOF-style, diagnosed
-- on or before the day), their latest readings (within the last 15 months; smoking status ever), and when they were
-- last prescribed a statin or an anticoagulant. The population of the practice-level measures.
-- period: year_end
-- (each row belongs to the financial year its year_end closes, so the runner may build the table one year at a time,
-- which keeps memory in bounds for all of England)
-- Speed: only the observation kinds and drug classes used are read; a reading is joined by equality to the one or two
-- year-ends whose 15-month window can hold it; what is kept "ever" (smoking status, the last risk assessment, the
-- last prescriptions) is first reduced to one row per person and financial year, then carried forward to later
-- year-ends.
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
-- a reading can count for the year-end closing its own financial year and, from January to March, for the next one
-- too (whose 15-month window reaches back to January); the window itself is still checked
readings_in_window AS (
  SELECT o.patient_id, y.year_end,
    arg_max(o.value, o.observed_date) FILTER (WHERE o.kind = 'hba1c') AS hba1c,
    arg_max(o.value, o.observed_date) FILTER (WHERE o.kind = 'systolic_bp') AS systolic_bp,
    arg_max(o.value, o.observed_date) FILTER (WHERE o.kind = 'diastolic_bp') AS diastolic_bp,
    arg_max(o.value, o.observed_date) FILTER (WHERE o.kind = 'bmi') AS bmi,
    arg_max(o.value, o.observed_date) FILTER (WHERE o.kind = 'cvd_risk') AS cvd_risk
  FROM (
    SELECT patient_id, kind, value, observed_date,
      unnest(CASE WHEN month(observed_date) < 4
        THEN [make_date(year(observed_date), 3, 31), make_date(year(observed_date) + 1, 3, 31)]
        ELSE [make_date(year(observed_date) + 1, 3, 31)] END) AS year_end
    FROM observation
    WHERE kind IN ('hba1c', 'systolic_bp', 'diastolic_bp', 'bmi', 'cvd_risk')) o
  JOIN years y ON y.year_end = o.year_end AND o.observed_date > y.recent_after
  GROUP BY o.patient_id, y.year_end
),
ever_by_year AS (
  SELECT patient_id, make_date(year(observed_date) + CASE WHEN month(observed_date) < 4 THEN 0 ELSE 1 END, 3, 31) AS own_year_end,
    max(observed_date) FILTER (WHERE kind = 'cvd_risk') AS last_cvd_risk_assessment,
    arg_max(value, observed_date) FILTER (WHERE kind = 'smoking_status') AS smoking_status,
    max(observed_date) FILTER (WHERE kind = 'smoking_status') AS smoking_date
  FROM observation
  WHERE kind IN ('cvd_risk', 'smoking_status')
  GROUP BY ALL
),
ever AS (
  SELECT e.patient_id, y.year_end,
    max(e.last_cvd_risk_assessment) AS last_cvd_risk_assessment,
    arg_max(e.smoking_status, e.smoking_date) AS smoking_status
  FROM ever_by_year e
  JOIN years y ON e.own_year_end <= y.year_end
  GROUP BY e.patient_id, y.year_end
),
prescriptions_by_year AS (
  SELECT patient_id, make_date(year(prescribed_date) + CASE WHEN month(prescribed_date) < 4 THEN 0 ELSE 1 END, 3, 31) AS own_year_end,
    max(prescribed_date) FILTER (WHERE drug_class = 'statin') AS last_statin,
    max(prescribed_date) FILTER (WHERE drug_class = 'anticoagulant') AS last_anticoagulant
  FROM medication
  WHERE drug_class IN ('statin', 'anticoagulant')
  GROUP BY ALL
),
prescriptions AS (
  SELECT m.patient_id, y.year_end, max(m.last_statin) AS last_statin, max(m.last_anticoagulant) AS last_anticoagulant
  FROM prescriptions_by_year m
  JOIN years y ON m.own_year_end <= y.year_end
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
  rd.hba1c, rd.systolic_bp, rd.diastolic_bp, rd.bmi, rd.cvd_risk, ev.last_cvd_risk_assessment, ev.smoking_status,
  rx.last_statin, rx.last_anticoagulant
FROM patient p
CROSS JOIN years y
LEFT JOIN registers r ON r.patient_id = p.patient_id
LEFT JOIN readings_in_window rd ON rd.patient_id = p.patient_id AND rd.year_end = y.year_end
LEFT JOIN ever ev ON ev.patient_id = p.patient_id AND ev.year_end = y.year_end
LEFT JOIN prescriptions rx ON rx.patient_id = p.patient_id AND rx.year_end = y.year_end
WHERE p.birth_date <= y.year_end AND (p.death_date IS NULL OR p.death_date > y.year_end)
