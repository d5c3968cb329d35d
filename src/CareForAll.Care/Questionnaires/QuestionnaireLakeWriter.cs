using CareForAll.Care.LakeWriteBack;
using CareForAll.Care.Proms;
using CareForAll.Data;
using CareForAll.Store;
using Microsoft.EntityFrameworkCore;

namespace CareForAll.Care.Questionnaires;

/// <summary>
/// Appends answered questionnaires not yet in the lake to it, so the measure engine counts them: PROMs to
/// <c>proms_response</c>, Friends and Family Test answers to <c>experience_response</c>, each as one new Parquet file
/// renamed into place (<see cref="LakeAppend"/>); the submissions are then marked written.
/// </summary>
/// <remarks>
/// A <c>proms_response</c> row is one patient's answers at one stage of one operation: it is written when both the
/// EQ-5D-5L and an Oxford score with a total (at most two items unanswered) have been submitted for that spell and
/// stage; the latest of each is used. Until then the submissions wait. The lake's <c>eq5d_index</c> is always the
/// England 5L value set (Devlin et al. 2018), as docs/lake.md defines it, whatever value set the store recorded; the
/// lake's <c>oxford_score</c> is a whole number, so an imputed total is rounded half away from zero. FFT rows get
/// response ids after the largest already in the lake. Writing is at least once: if marking the submissions fails
/// after the file is in place, the next run writes them again. Within a process one write runs at a time, so two
/// requests that finish together do not both write the same pending answers; run one writer process per lake.
/// </remarks>
public sealed class QuestionnaireLakeWriter(StoreContext store, TimeProvider time)
{
    private static readonly SemaphoreSlim Writing = new(1, 1);

    /// <summary>Writes what is pending; returns the rows written to each table and the new files.</summary>
    public async Task<(int PromsRows, int FftRows, IReadOnlyList<string> Files)> AppendPendingAsync(string lakeDir, CancellationToken cancellationToken = default)
    {
        await Writing.WaitAsync(cancellationToken);
        try
        {
            return await WritePendingAsync(lakeDir, cancellationToken);
        }
        finally
        {
            Writing.Release();
        }
    }

    private async Task<(int PromsRows, int FftRows, IReadOnlyList<string> Files)> WritePendingAsync(string lakeDir, CancellationToken cancellationToken)
    {
        var pending = await store.QuestionnaireSubmissions.Where(s => s.WrittenToLakeAt == null).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var name = LakeAppend.UniqueName(now);
        var files = new List<string>();

        var promsRows = pending.Where(s => s.SpellId is not null && s.Stage is not null)
            .GroupBy(s => (s.SpellId, s.Stage))
            .Select(g => (
                Eq5d: g.LastOrDefault(s => s.Questionnaire == QuestionnaireCatalogue.Key(QuestionnaireKind.Eq5d5l)),
                Oxford: g.LastOrDefault(s => s.Questionnaire != QuestionnaireCatalogue.Key(QuestionnaireKind.Eq5d5l) && s.Score is not null),
                All: g.ToList()))
            .Where(r => r.Eq5d is not null && r.Oxford is not null)
            .ToList();
        if (LakeAppend.Write(lakeDir, LakeSchema.PromsResponse, "proms-" + name, writer =>
        {
            foreach (var (eq5d, oxford, _) in promsRows)
            {
                var profile = Eq5d5lProfile.FromDigits(eq5d!.Eq5dProfile!);
                writer.Add(eq5d.PatientId!.Value);
                writer.Add(eq5d.SpellId!.Value);
                writer.Add(eq5d.ProviderCode);
                writer.Add(eq5d.Procedure);
                writer.Add(eq5d.Stage);
                writer.Add(eq5d.AnsweredOn > oxford!.AnsweredOn ? eq5d.AnsweredOn : oxford.AnsweredOn);
                writer.Add(profile.ToString());
                writer.Add(Eq5d5lEnglandValueSet.Index(profile));
                writer.Add(eq5d.Eq5dVas!.Value);
                writer.Add((int)Math.Round(oxford.Score!.Value, MidpointRounding.AwayFromZero));
                writer.Add(eq5d.Age!.Value);
                writer.Add(eq5d.Sex);
                writer.EndRow();
            }
        }) is { } promsFile)
        {
            files.Add(promsFile);
        }

        var fft = pending.Where(s => s.Questionnaire == QuestionnaireCatalogue.Key(QuestionnaireKind.FriendsAndFamilyTest)).ToList();
        var nextId = fft.Count == 0 ? 0 : LakeAppend.LargestId(lakeDir, LakeSchema.ExperienceResponse, "response_id") + 1;
        if (LakeAppend.Write(lakeDir, LakeSchema.ExperienceResponse, "fft-" + name, writer =>
        {
            foreach (var answer in fft)
            {
                writer.Add(nextId++);
                writer.Add(answer.ProviderCode);
                writer.Add(answer.SiteCode);
                writer.Add(answer.Setting);
                writer.Add(answer.AnsweredOn);
                writer.Add((sbyte)answer.Score!.Value);
                writer.EndRow();
            }
        }) is { } fftFile)
        {
            files.Add(fftFile);
        }

        foreach (var submission in promsRows.SelectMany(r => r.All).Concat(fft))
        {
            submission.WrittenToLakeAt = now;
        }

        await store.SaveChangesAsync(cancellationToken);
        return (promsRows.Count, fft.Count, files);
    }
}
