using System.Globalization;
using CareForAll.Care.Proms;
using CareForAll.Store;
using CareForAll.Store.Access;
using CareForAll.Store.Questionnaires;
using DuckDB.NET.Data;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.EntityFrameworkCore;

namespace CareForAll.Care.Questionnaires;

/// <summary>
/// Takes answered questionnaires: checks each <see cref="QuestionnaireResponse"/> against its questionnaire, scores it
/// and saves it (as FHIR JSON, with the scores) in the operational store's <c>QuestionnaireSubmissions</c>.
/// PROMs answers belong to a patient's operation (<see cref="PromsSpell"/>) and stage and go through
/// <see cref="AccessGuard"/> (audited; <see cref="AccessDeniedException"/> on a deny); Friends and Family Test answers
/// are anonymous. PROMs are the patient's own: only they answer and read them here (<see cref="AccessResource.PatientQuestionnaire"/>). <see cref="QuestionnaireLakeWriter"/> later appends them to the lake.
/// </summary>
/// <param name="store">The operational store.</param>
/// <param name="guard">The access guard for patient data.</param>
/// <param name="time">The clock.</param>
/// <param name="crosswalk">The van Hout crosswalk table when the user has configured one (EuroQol distributes it); EQ-5D
/// indexes are then on the 3L UK scale, otherwise on the England 5L value set.</param>
public sealed class QuestionnaireCapture(StoreContext store, AccessGuard guard, TimeProvider time, Eq5d5lCrosswalk? crosswalk = null)
{
    /// <summary>The FFT settings, as in the lake's experience_response.</summary>
    public static IReadOnlyList<string> FftSettings { get; } = ["inpatient", "ae", "maternity", "gp"];

    /// <summary>Saves a PROMs answer (EQ-5D-5L, or the Oxford score matching the operation) about <paramref name="spell"/>.</summary>
    public async Task<SubmissionResult> SubmitPromsAsync(
        AccessSubject user, PromsSpell spell, PromsStage stage, QuestionnaireResponse response, string purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(spell);
        await guard.DemandAsync(user, AccessAction.Change, AccessResource.PatientQuestionnaire(spell.PatientId, $"proms/{spell.SpellId}"), purpose, cancellationToken);
        var check = QuestionnaireResponseCheck.Check(response);
        var expectedOxford = spell.OxfordQuestionnaire;
        if (check.Kind is { } kind && kind != QuestionnaireKind.Eq5d5l && kind != expectedOxford)
        {
            check = check with { Problems = [.. check.Problems, $"questionnaire: a {spell.Procedure.Replace('_', ' ')} is followed up with EQ-5D-5L and the {QuestionnaireCatalogue.Key(expectedOxford)} score"] };
        }

        return await SaveAsync(user, check, response, s => new QuestionnaireSubmission
        {
            Questionnaire = QuestionnaireCatalogue.Key(check.Kind!.Value),
            ResponseJson = response.ToJson(),
            AnsweredOn = AnsweredOn(response),
            PatientId = spell.PatientId,
            SpellId = spell.SpellId,
            Procedure = spell.Procedure,
            Stage = stage.ToLakeValue(),
            ProviderCode = spell.ProviderCode,
            Age = spell.Age,
            Sex = spell.Sex,
            Score = s.Oxford,
            Eq5dProfile = s.Eq5dProfile?.ToString(),
            Eq5dIndex = s.Eq5dIndex,
            Eq5dValueSet = s.Eq5dValueSet,
            Eq5dVas = s.Eq5dVas,
            SubmittedBy = user.UserId,
            SubmittedAt = time.GetUtcNow(),
        }, cancellationToken);
    }

    /// <summary>Saves an anonymous Friends and Family Test answer about a provider (trust, site or practice) in a setting.</summary>
    public async Task<SubmissionResult> SubmitFftAsync(
        AccessSubject user, string providerCode, string? siteCode, string setting, QuestionnaireResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(providerCode);
        var check = QuestionnaireResponseCheck.Check(response);
        if (check.Kind is { } kind && kind != QuestionnaireKind.FriendsAndFamilyTest)
        {
            check = check with { Problems = [.. check.Problems, "questionnaire: expected the Friends and Family Test"] };
        }

        if (!FftSettings.Contains(setting))
        {
            check = check with { Problems = [.. check.Problems, $"setting: '{setting}' is not one of {string.Join(", ", FftSettings)}"] };
        }

        return await SaveAsync(user, check, response, s => new QuestionnaireSubmission
        {
            Questionnaire = QuestionnaireCatalogue.Key(QuestionnaireKind.FriendsAndFamilyTest),
            ResponseJson = response.ToJson(),
            AnsweredOn = AnsweredOn(response),
            ProviderCode = providerCode,
            SiteCode = siteCode,
            Setting = setting,
            Score = s.FftAnswer,
            SubmittedBy = user.UserId,
            SubmittedAt = time.GetUtcNow(),
        }, cancellationToken);
    }

    /// <summary>The submissions about one patient's operation, oldest first (audited).</summary>
    public async Task<IReadOnlyList<QuestionnaireSubmission>> ForSpellAsync(
        AccessSubject user, PromsSpell spell, string purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spell);
        await guard.DemandAsync(user, AccessAction.Read, AccessResource.PatientQuestionnaire(spell.PatientId, $"proms/{spell.SpellId}"), purpose, cancellationToken);
        var list = await store.QuestionnaireSubmissions.AsNoTracking().Where(s => s.SpellId == spell.SpellId).ToListAsync(cancellationToken);
        return [.. list.OrderBy(s => s.Id)];
    }

    /// <summary>
    /// The PROMs follow-up of every hip and knee replacement of <paramref name="patientId"/> in <paramref name="lake"/>:
    /// one <see cref="PromsQuestionnaireStatus"/> per operation and stage, oldest operation first, pre-operative first.
    /// A stage is done when the lake's proms_response has it or both its questionnaires have been submitted here.
    /// One audited read (<see cref="AccessDeniedException"/> on a deny).
    /// </summary>
    public async Task<IReadOnlyList<PromsQuestionnaireStatus>> PromsFollowUpAsync(
        AccessSubject user, long patientId, DuckDBConnection lake, string purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lake);
        await guard.DemandAsync(user, AccessAction.Read, AccessResource.PatientQuestionnaire(patientId, "proms"), purpose, cancellationToken);
        var spells = PromsSpell.ForPatient(lake, patientId);
        var answered = new HashSet<(long SpellId, string Stage)>();
        using (var command = lake.CreateCommand())
        {
            command.CommandText = "SELECT DISTINCT spell_id, stage FROM proms_response WHERE patient_id = $patient";
            command.Parameters.Add(new DuckDBParameter("patient", patientId));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                answered.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        var submitted = await store.QuestionnaireSubmissions.AsNoTracking()
            .Where(s => s.PatientId == patientId && s.SpellId != null && s.Stage != null)
            .Select(s => new { SpellId = s.SpellId!.Value, Stage = s.Stage!, s.Questionnaire })
            .ToListAsync(cancellationToken);
        foreach (var stage in submitted.GroupBy(s => (s.SpellId, s.Stage)).Where(g => g.Select(s => s.Questionnaire).Distinct().Count() >= 2))
        {
            answered.Add(stage.Key);
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return [.. spells.SelectMany(spell => new[] { PromsStage.PreOperative, PromsStage.SixMonthsPostOperative }
            .Select(stage => PromsQuestionnaireStatus.On(spell, stage, answered.Contains((spell.SpellId, stage.ToLakeValue())), today)))];
    }

    private async Task<SubmissionResult> SaveAsync(
        AccessSubject user, CheckedResponse check, QuestionnaireResponse response, Func<QuestionnaireScores, QuestionnaireSubmission> make, CancellationToken cancellationToken)
    {
        if (!check.IsValid)
        {
            return new SubmissionResult(null, check, null);
        }

        var scores = QuestionnaireScores.Score(check, crosswalk);
        var submission = make(scores);
        store.QuestionnaireSubmissions.Add(submission);
        await store.SaveChangesAsync(cancellationToken);
        store.Entry(submission).State = EntityState.Detached;
        return new SubmissionResult(submission, check, scores);
    }

    private DateOnly AnsweredOn(QuestionnaireResponse response) =>
        response.Authored is { Length: >= 10 } authored && DateOnly.TryParseExact(authored[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
