using System.Globalization;
using CareForAll.Care.HealthChecks;
using CareForAll.Data;
using CareForAll.Store.HealthChecks;

namespace CareForAll.Care.Tests.HealthChecks;

/// <summary>
/// <c>healthcheck write-lake</c> puts the invitations in the lake's health_check_invitation, so the "offered"
/// measures can count them: each invitation once, however often it runs.
/// </summary>
public sealed class HealthCheckInvitationLakeTests : IDisposable
{
    private readonly string lakeDir = Directory.CreateTempSubdirectory("careforall-invitation-lake-").FullName;

    public void Dispose() => Directory.Delete(lakeDir, recursive: true);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EachInvitationReachesTheLakeOnce()
    {
        using var store = await TestStore.OpenAsync();
        await AddAsync(store, (1, "A00001", "2009-01-01", InvitationChannel.Letter), (2, "A00001", "2009-01-01", InvitationChannel.Message));

        var first = await WriteAsync(store);
        var again = await WriteAsync(store);
        await AddAsync(store, (3, "B00002", "2009-02-01", InvitationChannel.Letter));
        var later = await WriteAsync(store);

        Assert.Equal((2, 0, 1), (first, again, later));
        Assert.Equal(
            ["1 A00001 2009-01-01 letter", "2 A00001 2009-01-01 message", "3 B00002 2009-02-01 letter"],
            Rows("SELECT patient_id, practice_code, strftime(invited_date, '%Y-%m-%d'), channel FROM health_check_invitation ORDER BY invitation_id"));
    }

    private static async Task AddAsync(TestStore store, params (long Patient, string Practice, string Month, InvitationChannel Channel)[] invitations)
    {
        await using var db = store.Context();
        foreach (var (patient, practice, month, channel) in invitations)
        {
            db.HealthCheckInvitations.Add(new HealthCheckInvitation
            {
                PatientId = patient,
                PracticeCode = practice,
                CycleStart = new DateOnly(2008, 4, 1),
                BatchMonth = DateOnly.ParseExact(month, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Priority = 1,
                EstimatedRisk = 7.5,
                RiskMethod = "qrisk3",
                Channel = channel,
                Text = "Your NHS Health Check",
                CreatedAt = store.Time.GetUtcNow(),
            });
        }

        await db.SaveChangesAsync(Ct);
    }

    private async Task<int> WriteAsync(TestStore store)
    {
        await using var db = store.Context();
        store.Time.Advance(TimeSpan.FromMinutes(1));
        return (await new HealthCheckLakeWriter(db, store.Time).AppendInvitationsAsync(lakeDir, Ct)).Invitations;
    }

    private List<string> Rows(string sql)
    {
        using var lake = Lake.Open(lakeDir);
        using var command = lake.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join(' ', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}
