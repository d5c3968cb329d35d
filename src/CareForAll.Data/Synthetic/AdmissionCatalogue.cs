namespace CareForAll.Data.Synthetic;

/// <summary>
/// The admission groups used for emergency, elective and maternity spells. Procedure weights for cataract, hip
/// replacement, CABG and PTCA are HES APC 2008-09 counts (facts file §2); other weights, lengths of stay and
/// mortality terms are assumptions shaped on HES (emergency groups by three-character ICD-10 code).
/// </summary>
internal static class AdmissionCatalogue
{
    private const int None = -1;

    /// <summary>Emergency (and transfer) groups: relative rate by age class 0–15, 16–64, 65–79, 80+.</summary>
    public static readonly AdmissionGroup[] Emergency =
    [
        new("myocardial infarction", "I21", "0149", [], "320", "EB10", 7, 0, 1.0, [0, 1, 4, 6], ConditionCatalogue.Chd),
        new("cerebral infarction", "I63", "0359", [], "300", "AA35", 14, 0, 1.5, [0, 0.5, 3, 6], ConditionCatalogue.Stroke),
        new("stroke unspecified", "I64", "X", [], "300", "AA35", 14, 0, 1.7, [0, 0.2, 1.2, 3], ConditionCatalogue.Af),
        new("pneumonia", "J18", "019", [], "300", "DZ11", 9, 0, 1.8, [1.5, 1.5, 6, 14], ConditionCatalogue.Copd),
        new("COPD exacerbation", "J44", "019", [], "340", "DZ21", 6, 0, 0.8, [0, 0.6, 4, 4], ConditionCatalogue.Copd, true),
        new("heart failure", "I50", "019", [], "320", "EB03", 10, 0, 1.3, [0, 0.3, 3, 7], ConditionCatalogue.HeartFailure, true),
        new("sepsis", "A41", "9", [], "300", "WA03", 10, 0, 2.0, [0.4, 0.5, 1.5, 3]),
        new("hip fracture", "S72", "0128", ["W461", "W191", "W241"], "110", "HA13", 18, 0, 0.7, [0, 0.2, 2, 8]),
        new("urinary tract infection", "N39", "0", [], "300", "LA04", 6, 0, 0.2, [0.6, 1, 3, 8], None, true),
        new("chest pain", "R07", "234", [], "300", "EB12", 1, 0, -2.5, [0.2, 4, 3, 2], ConditionCatalogue.Chd),
        new("abdominal pain", "R10", "1349", [], "100", "FZ91", 2, 0, -1.8, [1.5, 3.5, 1.5, 1.2]),
        new("lower respiratory infection", "J22", "X", [], "300", "DZ22", 5, 0, 0.6, [2, 0.6, 2, 3], ConditionCatalogue.Copd),
        new("bronchiolitis", "J21", "09", [], "420", "PA15", 2, 0, -3.0, [4, 0, 0, 0]),
        new("asthma", "J45", "09", [], "340", "DZ15", 2, 0, -1.5, [2.5, 0.8, 0.3, 0.2], ConditionCatalogue.Asthma, true),
        new("atrial fibrillation", "I48", "X", [], "320", "EB07", 3, 0, -0.5, [0, 0.4, 1.5, 2], ConditionCatalogue.Af, true),
        new("diabetes complications", "E11", "0569", [], "300", "KB02", 5, 0, 0.0, [0, 0.3, 0.6, 0.6], ConditionCatalogue.Diabetes, true),
        new("dehydration", "E86", "X", [], "300", "KC05", 5, 0, 0.6, [0.8, 0.3, 1, 2.5], None, true),
        new("gastrointestinal haemorrhage", "K92", "012", [], "300", "FZ38", 5, 0, 0.7, [0, 0.5, 1.2, 1.8]),
        new("appendicitis", "K35", "389", ["H011"], "100", "FZ20", 3, 0, -2.5, [1.2, 1.2, 0.2, 0.1]),
        new("gallstones", "K80", "02", ["J183"], "100", "GA10", 4, 0, -1.5, [0, 1, 0.8, 0.6]),
        new("intestinal obstruction", "K56", "0467", [], "100", "FZ44", 8, 0, 0.8, [0, 0.4, 1, 1.5]),
        new("syncope", "R55", "X", [], "300", "EB08", 2, 0, -1.2, [0.2, 0.8, 1.5, 2.5]),
        new("head injury", "S06", "0", [], "110", "AA26", 2, 0, -0.3, [1.2, 1, 0.8, 2]),
        new("forearm fracture", "S52", "56", ["W191"], "110", "HA43", 2, 0, -2.5, [1.8, 0.8, 0.6, 1]),
        new("cellulitis", "L03", "1", [], "300", "JD07", 5, 0, -0.7, [0.5, 1, 1.5, 2], None, true),
        new("acute kidney injury", "N17", "9", [], "300", "LA07", 10, 0, 1.4, [0, 0.2, 1, 2.5], ConditionCatalogue.Ckd),
        new("lung cancer", "C34", "19", [], "300", "DZ17", 8, 0, 2.0, [0, 0.3, 1, 0.8], ConditionCatalogue.Copd),
        new("epilepsy", "G40", "9", [], "400", "AA26", 2, 0, -0.8, [1, 0.8, 0.3, 0.3], None, true),
        new("alcohol: mental and behavioural", "F10", "02", [], "300", "WD22", 3, 0, -0.8, [0.05, 1, 0.3, 0.1]),
        new("alcoholic liver disease", "K70", "034", [], "300", "GC01", 10, 0, 1.6, [0, 0.4, 0.2, 0.05]),
        new("opioid use", "F11", "02", [], "300", "WD22", 3, 0, -1.5, [0, 0.15, 0.01, 0]),
        new("multiple drug use", "F19", "02", [], "300", "WD22", 3, 0, -1.5, [0.02, 0.08, 0.01, 0]),
        new("poisoning by narcotics", "T40", "24", [], "300", "WH04", 2, 0, -0.5, [0.05, 0.3, 0.02, 0.01]),
        new("schizophrenia", "F20", "09", [], "710", "WD11", 30, 0, -2.5, [0, 0.25, 0.05, 0.02], ConditionCatalogue.SevereMentalIllness),
        new("bipolar disorder", "F31", "9", [], "710", "WD11", 25, 0, -2.5, [0, 0.1, 0.03, 0.01], ConditionCatalogue.SevereMentalIllness),
        new("depressive episode", "F32", "29", [], "710", "WD11", 20, 0, -2.5, [0.05, 0.3, 0.1, 0.1], ConditionCatalogue.Depression),
        new("dementia", "F03", "X", [], "300", "WD12", 15, 0, 0.8, [0, 0, 0.3, 1.2], ConditionCatalogue.Dementia, true),
        new("paracetamol overdose", "T39", "1", [], "300", "WH04", 1, 0, -2.5, [0.3, 1, 0.1, 0.05]),
        new("gastroenteritis", "A09", "X", [], "300", "FZ36", 2, 0, -1.0, [3, 0.8, 0.8, 1.2], None, true),
        new("pulmonary embolism", "I26", "9", [], "300", "DZ09", 7, 0, 0.8, [0, 0.3, 0.6, 0.6]),
        new("deep vein thrombosis", "I80", "2", [], "300", "QZ20", 2, 0, -1.8, [0, 0.3, 0.4, 0.4]),
        new("breathing abnormality", "R06", "0", [], "300", "DZ19", 2, 0, -0.5, [0.6, 0.6, 1, 1.5], ConditionCatalogue.HeartFailure),
        new("acute pancreatitis", "K85", "9", [], "100", "GC17", 7, 0, 0.5, [0, 0.4, 0.3, 0.2]),
        new("tonsillitis", "J03", "9", [], "120", "CZ23", 1, 0, -4.0, [1.5, 0.4, 0, 0], None, true),
        new("fever", "R50", "9", [], "420", "WA22", 1, 0, -3.0, [2, 0.3, 0.2, 0.3]),
        new("angina", "I20", "089", [], "320", "EB13", 3, 0, -1.2, [0, 0.5, 1, 1], ConditionCatalogue.Chd, true),
    ];

    /// <summary>Elective groups: weight is national admissions a year; age weights as above.</summary>
    public static readonly (AdmissionGroup Group, double Weight)[] Elective =
    [
        (new("cataract", "H25", "19", ["C751", "C712", "C741"], "130", "BZ02", 1, 0.95, -3.0, [0, 0.05, 1, 1.3]), EnglandFacts.CataractsPerYear),
        (new("hip replacement", "M16", "19", ["W371", "W381", "W391"], "110", "HB12", 5.5, 0, -0.5, [0, 0.15, 1, 0.6]), EnglandFacts.HipReplacementsPerYear),
        (new("knee replacement", "M17", "19", ["W401", "W411", "W421"], "110", "HB21", 5, 0, -0.7, [0, 0.15, 1, 0.5]), 80_000),
        (new("coronary angioplasty", "I25", "19", ["K751", "K491"], "320", "EA31", 1.5, 0.3, 0.0, [0, 0.4, 1, 0.5]), EnglandFacts.PtcaPerYear),
        (new("coronary artery bypass", "I25", "19", ["K401", "K451"], "172", "ED28", 9, 0, 0.0, [0, 0.4, 1, 0.3]), EnglandFacts.CabgPerYear),
        (new("colonoscopy", "K57", "39", ["H221"], "301", "FZ51", 1, 0.95, -2.0, [0.02, 0.6, 1, 0.8]), 400_000),
        (new("upper GI endoscopy", "K21", "09", ["G451"], "301", "FZ60", 1, 0.95, -2.5, [0.02, 0.8, 1, 0.8]), 450_000),
        (new("chemotherapy", "Z51", "1", ["X352"], "370", "SB12", 1, 0.9, 0.5, [0.05, 0.6, 1, 0.5]), 1_200_000),
        (new("renal dialysis", "Z49", "1", ["X401"], "361", "LD01", 1, 1.0, 0.5, [0.01, 0.5, 1, 0.6]), 900_000),
        (new("cystoscopy", "R31", "X", ["M459"], "101", "LB15", 1, 0.9, -2.0, [0.01, 0.5, 1, 0.9]), 300_000),
        (new("inguinal hernia repair", "K40", "90", ["T201"], "100", "FZ18", 1.5, 0.7, -3.0, [0.3, 1, 1, 0.4]), 80_000),
        (new("cholecystectomy", "K80", "2", ["J183"], "100", "GA10", 2, 0.4, -1.5, [0, 1, 0.6, 0.2]), 60_000),
        (new("hysterectomy", "D25", "9", ["Q074"], "502", "MA07", 3, 0, -3.0, [0, 1, 0.2, 0.05]), 40_000),
        (new("prostate resection", "N40", "X", ["M651"], "101", "LB25", 2, 0, -2.0, [0, 0.3, 1, 0.8]), 30_000),
        (new("knee arthroscopy", "M23", "29", ["W851"], "110", "HB23", 1, 0.9, -4.0, [0.05, 1, 0.5, 0.1]), 100_000),
        (new("carpal tunnel release", "G56", "0", ["A651"], "110", "HB55", 1, 0.95, -4.0, [0, 1, 0.8, 0.4]), 60_000),
        (new("tonsillectomy", "J35", "0", ["F341"], "120", "CZ22", 1, 0.5, -4.0, [1, 0.3, 0, 0]), 50_000),
        (new("dental extraction", "K02", "9", ["F091"], "140", "CZ09", 1, 0.95, -4.0, [1, 0.3, 0.1, 0.1]), 60_000),
        (new("skin lesion excision", "D22", "9", ["S062"], "160", "JC42", 1, 0.95, -3.0, [0.1, 1, 1, 1]), 300_000),
        (new("haemorrhoidectomy", "K64", "9", ["H511"], "100", "FZ22", 1, 0.8, -3.0, [0, 1, 0.6, 0.3]), 300_000),
        (new("spinal injection", "M54", "5", ["A521"], "191", "AB04", 1, 0.95, -3.0, [0, 1, 1, 0.5]), 300_000),
        (new("blood transfusion", "D50", "9", ["X332"], "303", "SA04", 1, 0.9, -1.0, [0.05, 0.5, 1, 1.2]), 250_000),
        (new("planned investigation", "Z03", "9", [], "300", "WA14", 2, 0.5, -1.5, [0.3, 1, 1, 1]), 1_400_000),
    ];

    /// <summary>Maternity groups: normal delivery, caesarean and antenatal stays (weights per maternity admission).</summary>
    public static readonly (AdmissionGroup Group, double Weight)[] Maternity =
    [
        (new("normal delivery", "O80", "09", ["R241"], "501", "NZ11", 1.5, 0, -6.0, [0, 1, 0, 0]), 0.7 * (1 - EnglandFacts.CaesareanShare)),
        (new("caesarean delivery", "O82", "019", ["R182", "R179"], "501", "NZ22", 3.5, 0, -6.0, [0, 1, 0, 0]), 0.7 * EnglandFacts.CaesareanShare),
        (new("antenatal admission", "O47", "09", [], "501", "NZ04", 1, 0, -6.0, [0, 1, 0, 0]), 0.3),
    ];

    /// <summary>Mortality log-odds term by three-character primary diagnosis; groups sharing a code share the term.</summary>
    public static readonly IReadOnlyDictionary<string, double> MortalityByDiagnosis = BuildMortalityTerms();

    private static Dictionary<string, double> BuildMortalityTerms()
    {
        var terms = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var group in Emergency.Concat(Elective.Select(e => e.Group)).Concat(Maternity.Select(m => m.Group)))
        {
            if (terms.TryGetValue(group.Icd3, out var existing) && existing != group.Mortality)
            {
                throw new InvalidOperationException($"admission groups disagree on the mortality term for {group.Icd3}");
            }

            terms[group.Icd3] = group.Mortality;
        }

        return new Dictionary<string, double>(terms, StringComparer.Ordinal);
    }
}
