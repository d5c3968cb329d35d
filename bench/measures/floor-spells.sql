-- (d) The floor: the observed counts of the hospital mortality ratio and emergency readmissions within 30 days for one
-- financial year, with the covariate patterns their risk models are fitted on worked out, as an analyst would write
-- them in DuckDB SQL in one statement. Deaths are counted once, on the patient's last spell, and a readmission is the
-- next emergency admission, as the measures define them. One row per trust. MeasuresBench fills in the dates.
SELECT provider_code, sum(n) AS mortality_spells, sum(deaths) AS deaths, sum(rn) AS readmission_spells, sum(readm) AS readmissions,
  count(*) AS patterns
FROM (
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
yr AS (
  SELECT s.spell_id, s.patient_id, s.provider_code, s.discharge_date, s.discharge_method, s.age_on_admission, s.sex,
         s.admission_type, s.admission_date, s.primary_diagnosis, s.patient_class, coalesce(c.charlson_score, 0) AS charlson_score
  FROM spell s LEFT JOIN charlson c ON c.secondary_diagnoses = s.secondary_diagnoses
  WHERE s.discharge_date BETWEEN {year_start} AND {year_end} AND s.admission_type IN ('emergency', 'elective')
),
next_emergency AS (
  SELECT y.spell_id, min(e.admission_date) AS next_emergency
  FROM yr y
  JOIN (SELECT patient_id, spell_id, admission_date FROM spell WHERE admission_type = 'emergency') e
    ON e.patient_id = y.patient_id
   AND (e.admission_date > y.admission_date OR (e.admission_date = y.admission_date AND e.spell_id > y.spell_id))
  GROUP BY y.spell_id
),
died AS (
  SELECT l.spell_id FROM (
    SELECT patient_id, arg_max(spell_id, (discharge_date, spell_id)) AS spell_id
    FROM spell
    WHERE discharge_date IS NOT NULL
      AND (patient_id IN (SELECT patient_id FROM patient WHERE death_date IS NOT NULL) OR patient_id IN (SELECT patient_id FROM spell WHERE discharge_method = '4'))
    GROUP BY patient_id) l
  JOIN spell s USING (spell_id) LEFT JOIN patient p ON p.patient_id = s.patient_id
  WHERE s.discharge_method = '4' OR p.death_date <= s.discharge_date + 30
)
SELECT provider_code, least(floor(age_on_admission / 5), 18) AS age_band, sex, admission_type, left(primary_diagnosis, 3) AS dg,
  CASE WHEN charlson_score = 0 THEN '0' WHEN charlson_score <= 2 THEN '1-2' ELSE '3+' END AS ch,
  count(*) FILTER (WHERE patient_class = 'ordinary') AS n,
  count(*) FILTER (WHERE patient_class = 'ordinary' AND d.spell_id IS NOT NULL) AS deaths,
  count(*) FILTER (WHERE discharge_method <> '4' AND age_on_admission >= 16 AND left(primary_diagnosis, 1) <> 'C') AS rn,
  count(*) FILTER (WHERE discharge_method <> '4' AND age_on_admission >= 16 AND left(primary_diagnosis, 1) <> 'C' AND n.next_emergency - discharge_date BETWEEN 0 AND 30) AS readm
FROM yr LEFT JOIN next_emergency n USING (spell_id) LEFT JOIN died d USING (spell_id)
GROUP BY ALL) GROUP BY ALL
