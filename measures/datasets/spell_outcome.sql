-- spell_outcome: every hospital spell with what happened after it. A death in hospital or within 30 days of
-- discharge is counted once, against the patient's last spell (as the SHMI attributes it); the next emergency
-- admission of the same patient, to any hospital; and the Charlson comorbidity score of the secondary diagnoses
-- (Charlson et al. 1987 weights, ICD-10 coding after Quan et al. 2005).
-- period: discharge_date
-- (a run for one financial year keeps only the spells discharged in it; what happened after them still comes from
-- every spell. A run over several years builds the table once: the Charlson lists, deaths and next admissions read
-- every spell whichever year is kept, so building it year by year would cost about three times as much.)
-- Speed: the Charlson score is worked out once for each distinct list of secondary diagnoses (a few thousand lists for
-- millions of spells). Window functions over every spell are avoided: they sort all spells by patient twice (57 CPU-s
-- at scale 1.0 against 47 written this way). The next emergency admission is found by joining each spell to the same
-- patient's later emergency admissions (a few per patient), and the last spell is looked for only among the people
-- who died or were discharged dead.
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
next_emergency AS (
  SELECT s.spell_id, min(e.admission_date) AS next_emergency_admission
  FROM spell s
  JOIN (SELECT patient_id, spell_id, admission_date FROM spell WHERE admission_type = 'emergency') e
    ON e.patient_id = s.patient_id
   AND (e.admission_date > s.admission_date OR (e.admission_date = s.admission_date AND e.spell_id > s.spell_id))
  GROUP BY s.spell_id
),
last_spell_of_dead AS (
  SELECT patient_id, arg_max(spell_id, (discharge_date, spell_id)) AS spell_id
  FROM spell
  WHERE discharge_date IS NOT NULL
    AND (patient_id IN (SELECT patient_id FROM patient WHERE death_date IS NOT NULL) OR patient_id IN (SELECT patient_id FROM spell WHERE discharge_method = '4'))
  GROUP BY patient_id
)
SELECT s.*,
  coalesce(c.charlson_score, 0) AS charlson_score,
  n.next_emergency_admission,
  d.death_date,
  l.spell_id IS NOT NULL AND (s.discharge_method = '4' OR (d.death_date IS NOT NULL AND d.death_date <= s.discharge_date + 30)) AS died_within_30_days
FROM spell s
LEFT JOIN charlson c ON c.secondary_diagnoses = s.secondary_diagnoses
LEFT JOIN next_emergency n ON n.spell_id = s.spell_id
LEFT JOIN (SELECT patient_id, death_date FROM patient WHERE death_date IS NOT NULL) d ON d.patient_id = s.patient_id
LEFT JOIN last_spell_of_dead l ON l.spell_id = s.spell_id
