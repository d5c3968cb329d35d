using System.Globalization;
using Hl7.Fhir.Model;

namespace CareForAll.Care.Questionnaires;

/// <summary>
/// Turns the fields of a submitted HTML form (one field per item, named by link id; choice items send the answer's
/// code, the EQ VAS its number, free text its text) into a <see cref="QuestionnaireResponse"/>. Values are copied as
/// given, so <see cref="QuestionnaireResponseCheck"/> can report a bad one; empty fields are unanswered items.
/// </summary>
public static class QuestionnaireResponseForm
{
    /// <summary>A completed response to <paramref name="kind"/> authored on <paramref name="answeredOn"/>.</summary>
    public static QuestionnaireResponse Build(QuestionnaireKind kind, IReadOnlyDictionary<string, string?> fields, DateOnly answeredOn)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var response = new QuestionnaireResponse
        {
            Questionnaire = QuestionnaireCatalogue.Url(kind),
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Authored = answeredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        foreach (var item in QuestionnaireCatalogue.Get(kind).Item)
        {
            if (!fields.TryGetValue(item.LinkId!, out var text) || string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            DataType value = item.Type switch
            {
                Questionnaire.QuestionnaireItemType.Choice => new Coding(QuestionnaireCatalogue.AnswerSystem(kind), text.Trim()),
                Questionnaire.QuestionnaireItemType.Integer when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => new Integer(number),
                _ => new FhirString(text),
            };
            response.Item.Add(new QuestionnaireResponse.ItemComponent
            {
                LinkId = item.LinkId!,
                Answer = [new QuestionnaireResponse.AnswerComponent { Value = value }],
            });
        }

        return response;
    }
}
