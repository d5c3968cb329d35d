using System.CommandLine;
using CareForAll.Care.HealthChecks;
using CareForAll.Cli.Stats;
using CareForAll.Core;
using CareForAll.Core.Text;
using CareForAll.Data;
using CareForAll.Store;
using CareForAll.Store.HealthChecks;

namespace CareForAll.Cli;

public static partial class Commands
{
    private static Command HealthCheck()
    {
        var command = new Command("healthcheck", "NHS Health Check call and recall: who is eligible, monthly invitations, checks into the lake.");
        command.Subcommands.Add(HealthCheckEligible());
        command.Subcommands.Add(HealthCheckInvite());
        command.Subcommands.Add(HealthCheckWriteLake());
        return command;
    }

    private static Option<string> PracticeOption() => new("--practice") { Description = "GP practice code, e.g. A12345.", Required = true };

    private static Option<string> StoreOption() => new("--store")
    {
        Description = $"Operational store connection string (default {StoreDatabase.DefaultConnectionString}); migrated if needed.",
        DefaultValueFactory = _ => StoreDatabase.DefaultConnectionString,
    };

    private static Command HealthCheckEligible()
    {
        var lake = LakeOption;
        var practice = PracticeOption();
        var on = new Option<string>("--on") { Description = "The day (yyyy-mm-dd); default 2011-03-31, the lake's last day.", DefaultValueFactory = _ => "2011-03-31" };
        var command = new Command("eligible", "People registered with a practice on a day, by the first reason they are not eligible (or eligible).")
        {
            lake, practice, on, FormatOption,
        };
        command.SetAction(parsed =>
        {
            var day = ParseDay(parsed.GetValue(on)!, "--on");
            using var connection = Lake.Open(parsed.GetValue(lake)!);
            var code = PracticeCode(parsed.GetValue(practice)!);
            var people = HealthCheckLake.People(connection, code, day);
            if (people.Count == 0)
            {
                throw new InputException($"--practice: nobody in the lake is registered with {code} on {day:yyyy-MM-dd}");
            }

            var counts = HealthCheckEligibility.CountByReason(people.Select(p => HealthCheckEligibility.Decide(p, day)));
            var rows = counts.Select(c => new ResultRow()
                .Add("reason", c.Reason?.ToString() ?? "eligible")
                .Add("rule", c.Reason is { } r ? HealthCheckEligibility.Rules.Single(rule => rule.Reason == r).Description : "meets every rule")
                .Add("people", c.People)).ToList();
            ResultWriter.Write(parsed.InvocationConfiguration.Output, parsed.GetValue(FormatOption), rows, single: false);
            return Ok;
        });
        return command;
    }

    private static Command HealthCheckInvite()
    {
        var lake = LakeOption;
        var practice = PracticeOption();
        var month = new Option<string>("--month") { Description = "The month whose batch to make, e.g. 2010-04.", Required = true };
        var cycleStart = new Option<string>("--cycle-start")
        {
            Description = "First month of a five-year cycle (cycles follow on from it); default 2009-04.",
            DefaultValueFactory = _ => "2009-04",
        };
        var channel = new Option<InvitationChannel>("--channel") { Description = "Letter or Message.", DefaultValueFactory = _ => InvitationChannel.Letter };
        var store = StoreOption();
        var command = new Command("invite", "Make a practice's NHS Health Check invitations for a month (highest estimated risk first) in the store.")
        {
            lake, practice, month, cycleStart, channel, store, FormatOption,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var first = ParseMonth(parsed.GetValue(month)!, "--month");
            var anchor = ParseMonth(parsed.GetValue(cycleStart)!, "--cycle-start");
            var connectionString = parsed.GetValue(store)!;
            await StoreDatabase.MigrateAsync(connectionString, cancellationToken);
            await using var db = StoreDatabase.CreateContext(connectionString);
            using var connection = Lake.Open(parsed.GetValue(lake)!);
            var batch = await new HealthCheckInviter(db, TimeProvider.System).InviteAsync(
                connection, PracticeCode(parsed.GetValue(practice)!), first, parsed.GetValue(channel), anchor, cancellationToken);
            var output = parsed.InvocationConfiguration.Output;
            await output.WriteLineAsync(
                $"{batch.PracticeCode} {first:yyyy-MM} (month {batch.Cycle.MonthIndex(first) + 1} of the cycle from {batch.Cycle.Start:yyyy-MM}): "
                + $"{batch.Eligible} eligible, {batch.Waiting} not yet invited this cycle, {batch.Invitations.Count} invited"
                + (batch.AlreadySent ? " (made earlier; unchanged)." : "."));
            var rows = batch.Invitations.Select(i => new ResultRow()
                .Add("priority", i.Priority).Add("patient_id", i.PatientId).Add("estimated_risk", Math.Round(i.EstimatedRisk, 1))
                .Add("risk_method", i.RiskMethod).Add("channel", i.Channel.ToString())).ToList();
            if (rows.Count > 0)
            {
                ResultWriter.Write(output, parsed.GetValue(FormatOption), rows, single: false);
            }

            return Ok;
        });
        return command;
    }

    private static Command HealthCheckWriteLake()
    {
        var lake = LakeOption;
        var store = StoreOption();
        var command = new Command("write-lake", "Append the observations and QRISK3 scores of completed checks (observation table) and the invitations (health_check_invitation) not yet in the lake.")
        {
            lake, store,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var connectionString = parsed.GetValue(store)!;
            await StoreDatabase.MigrateAsync(connectionString, cancellationToken);
            await using var db = StoreDatabase.CreateContext(connectionString);
            var writer = new HealthCheckLakeWriter(db, TimeProvider.System);
            var (checks, file) = await writer.AppendPendingAsync(parsed.GetValue(lake)!, cancellationToken);
            await parsed.InvocationConfiguration.Output.WriteLineAsync(file is null ? "No checks waiting." : $"{checks} check(s) written to {file}.");
            var (invitations, invitationFile) = await writer.AppendInvitationsAsync(parsed.GetValue(lake)!, cancellationToken);
            await parsed.InvocationConfiguration.Output.WriteLineAsync(invitationFile is null ? "No invitations waiting." : $"{invitations} invitation(s) written to {invitationFile}.");
            return Ok;
        });
        return command;
    }

    private static string PracticeCode(string text) =>
        OdsCodePattern.Parse(text).Success ? text : throw new ArgumentException($"--practice: '{text}' is not an organisation code");

    private static DateOnly ParseDay(string text, string option) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", out var day) ? day : throw new ArgumentException($"{option}: '{text}' is not a date written yyyy-mm-dd");

    private static DateOnly ParseMonth(string text, string option)
    {
        var parsed = ReportingPeriodPattern.Parse(text, ReportingPeriodKind.Month);
        return parsed.Success ? parsed.Value.Start : throw new ArgumentException($"{option}: '{text}' is not a month written yyyy-mm");
    }
}
