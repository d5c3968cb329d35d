using System.Globalization;
using Hl7.Fhir.Model;

namespace CareForAll.Care.Questionnaires;

/// <summary>
/// Checks a FHIR R4 <see cref="QuestionnaireResponse"/> against one of CareForAll's questionnaires
/// (<see cref="QuestionnaireCatalogue"/>): it names the questionnaire, is completed, answers only known items, at most
/// once each, with a listed answer for choice items and a whole number within <c>minValue</c>–<c>maxValue</c> for
/// integer items, and answers every required item. Pure and thread-safe.
/// </summary>
public static class QuestionnaireResponseCheck
{
    /// <summary>The FHIR extension giving the smallest allowed value of an item.</summary>
    public const string MinValueExtension = "http://hl7.org/fhir/StructureDefinition/minValue";

    /// <summary>The FHIR extension giving the largest allowed value of an item.</summary>
    public const string MaxValueExtension = "http://hl7.org/fhir/StructureDefinition/maxValue";

    /// <summary>The FHIR extension giving the score of an answer option.</summary>
    public const string OrdinalValueExtension = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

    /// <summary>Checks <paramref name="response"/> and collects its answers.</summary>
    public static CheckedResponse Check(QuestionnaireResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var problems = new List<string>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var kind = QuestionnaireCatalogue.FromUrl(response.Questionnaire);
        if (kind is not QuestionnaireKind known)
        {
            problems.Add($"questionnaire: '{response.Questionnaire}' is not one of CareForAll's questionnaires");
            return new CheckedResponse(null, problems, numbers, texts);
        }

        if (response.Status != QuestionnaireResponse.QuestionnaireResponseStatus.Completed)
        {
            problems.Add($"status: must be completed; got {response.Status?.ToString() ?? "none"}");
        }

        var items = QuestionnaireCatalogue.Get(known).Item.ToDictionary(i => i.LinkId!, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var answered in response.Item)
        {
            if (!items.TryGetValue(answered.LinkId ?? "", out var item))
            {
                problems.Add($"{answered.LinkId}: not an item of this questionnaire");
                continue;
            }

            if (!seen.Add(item.LinkId!))
            {
                problems.Add($"{item.LinkId!}: answered twice");
                continue;
            }

            if (answered.Answer.Count > 1)
            {
                problems.Add($"{item.LinkId!}: give one answer; got {answered.Answer.Count}");
                continue;
            }

            if (answered.Answer.Count == 1)
            {
                Read(item, answered.Answer[0].Value, problems, numbers, texts);
            }
        }

        foreach (var item in items.Values.Where(i => i.Required == true && !numbers.ContainsKey(i.LinkId!) && !texts.ContainsKey(i.LinkId!)))
        {
            if (!problems.Any(p => p.StartsWith(item.LinkId! + ":", StringComparison.Ordinal)))
            {
                problems.Add($"{item.LinkId!}: an answer is required");
            }
        }

        return new CheckedResponse(known, problems, numbers, texts);
    }

    private static void Read(Questionnaire.ItemComponent item, DataType? value, List<string> problems, Dictionary<string, int> numbers, Dictionary<string, string> texts)
    {
        switch (item.Type)
        {
            case Questionnaire.QuestionnaireItemType.Choice:
                var codes = item.AnswerOption.Select(o => (Coding)o.Value).ToList();
                var allowed = string.Join(", ", codes.Select(c => c.Code));
                if (value is Coding coding && codes.FirstOrDefault(c => c.Code == coding.Code && (coding.System is null || c.System == coding.System)) is { } option)
                {
                    numbers[item.LinkId!] = int.Parse(option.Code!, CultureInfo.InvariantCulture);
                }
                else
                {
                    var given = value is Coding c ? c.Code : value?.ToString();
                    problems.Add($"{item.LinkId!}: {given} is not one of the answers ({allowed})");
                }

                break;
            case Questionnaire.QuestionnaireItemType.Integer:
                var minimum = (item.GetExtensionValue<Integer>(MinValueExtension))?.Value ?? int.MinValue;
                var maximum = (item.GetExtensionValue<Integer>(MaxValueExtension))?.Value ?? int.MaxValue;
                if (value is not Integer { Value: int number })
                {
                    problems.Add($"{item.LinkId!}: expected a whole number from {minimum} to {maximum}; got {value}");
                }
                else if (number < minimum || number > maximum)
                {
                    problems.Add($"{item.LinkId!}: {number} is outside {minimum} to {maximum}");
                }
                else
                {
                    numbers[item.LinkId!] = number;
                }

                break;
            default:
                if (value is FhirString { Value: { } text } && !string.IsNullOrWhiteSpace(text))
                {
                    texts[item.LinkId!] = text.Trim();
                }
                else if (value is not FhirString)
                {
                    problems.Add($"{item.LinkId!}: expected text");
                }

                break;
        }
    }
}
