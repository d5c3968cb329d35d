namespace CareForAll.Data.Synthetic;

/// <summary>
/// A kind of hospital admission: its primary diagnosis (ICD-10 three-character code and the fourth characters
/// used), optional OPCS-4 procedures, treatment specialty, HRG root, length of stay, day-case share, the log-odds
/// term of the <see cref="MortalityModel"/> for its three-character code, and relative frequency by age class
/// (0–15, 16–64, 65–79, 80+). <see cref="LinkedCondition"/> (a <see cref="ConditionCatalogue"/> index or -1) makes
/// the group more likely for patients with that condition.
/// </summary>
internal sealed class AdmissionGroup
{
    public AdmissionGroup(
        string name, string icd3, string fourth, string[] opcs, string specialty, string hrgRoot, double meanLos,
        double dayCaseShare, double mortality, double[] ageWeights, int linkedCondition = -1, bool ambulatoryCareSensitive = false)
    {
        Name = name;
        Icd3 = icd3;
        Diagnoses = [.. fourth.Select(c => icd3 + c)];
        Procedures = opcs;
        Specialty = specialty;
        HrgRoot = hrgRoot;
        Hrg = [hrgRoot + "C", hrgRoot + "B", hrgRoot + "A"];
        MeanLos = meanLos;
        DayCaseShare = dayCaseShare;
        Mortality = mortality;
        AgeWeights = ageWeights;
        LinkedCondition = linkedCondition;
        AmbulatoryCareSensitive = ambulatoryCareSensitive;
    }

    public string Name { get; }

    public string Icd3 { get; }

    public string[] Diagnoses { get; }

    public string[] Procedures { get; }

    public string Specialty { get; }

    public string HrgRoot { get; }

    /// <summary>HRG codes by complexity: index 0 no comorbidity, 1 one, 2 two or more.</summary>
    public string[] Hrg { get; }

    public double MeanLos { get; }

    public double DayCaseShare { get; }

    public double Mortality { get; }

    public double[] AgeWeights { get; }

    public int LinkedCondition { get; }

    public bool AmbulatoryCareSensitive { get; }

    /// <summary>Age class 0–15, 16–64, 65–79, 80+.</summary>
    public static int AgeClass(int age) => age < 16 ? 0 : age < 65 ? 1 : age < 80 ? 2 : 3;
}
