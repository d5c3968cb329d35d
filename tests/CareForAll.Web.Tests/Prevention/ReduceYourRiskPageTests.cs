using System.Net;
using CareForAll.Care.VascularRisk;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace CareForAll.Web.Tests.Prevention;

public sealed class ReduceYourRiskPageTests(SiteFixture site)
{
    private const string Person = "/reduce-your-risk?age=65&sex=male&ethnicity=WhiteOrNotStated&smoking=Heavy&diabetes=None&conditions=FamilyHistoryChd&ratio=4&sbp=150&bmi=30";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // The person in Person, as Qrisk3Input; the standard deviation of systolic BP is not asked and takes the men's
    // equation's centring value (Hippisley-Cox et al. BMJ 2017;357:j2099, ClinRisk QRISK3-2017 source).
    private static double RiskOf(Qrisk3Smoking smoking, double sbp, double bmi) => Qrisk3.TenYearRisk(new Qrisk3Input(
        65, Qrisk3Sex.Male, 4, sbp, Qrisk3Coefficients.For(Qrisk3Sex.Male).MeanSystolicBpSd, bmi,
        Qrisk3Ethnicity.WhiteOrNotStated, 0, smoking, Qrisk3Diabetes.None, Qrisk3Conditions.FamilyHistoryChd));

    [Fact]
    public async Task AnsweredForm_ShowsTheQrisk3ScoreInPlainWordsWithTheDisclaimer()
    {
        var (response, page) = await Html.GetAsync(site.Factory.CreateClient(), Person);
        var risk = RiskOf(Qrisk3Smoking.Heavy, 150, 30);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(risk.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%", page.QuerySelector("#risk-score")!.Text());
        Assert.Equal($"about {Math.Round(risk, MidpointRounding.AwayFromZero):0} in 100 people like you will have a heart attack or stroke in the next 10 years.", page.QuerySelector("#risk-words")!.Text());
        Assert.Equal(Qrisk3.Disclaimer, page.QuerySelector("#disclaimer")!.Text());
        Assert.Contains("QRISK®3-2017 algorithm", page.QuerySelector("#result")!.Text(), StringComparison.Ordinal);
        var people = page.QuerySelectorAll("#people-table tbody td").Select(td => int.Parse(td.Text(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([(int)Math.Round(risk, MidpointRounding.AwayFromZero), 100 - (int)Math.Round(risk, MidpointRounding.AwayFromZero)], people);
    }

    [Fact]
    public async Task WhatChangesIt_IsWorkedOutWithQrisk3()
    {
        var (_, page) = await Html.GetAsync(site.Factory.CreateClient(), Person);

        var rows = page.QuerySelectorAll("#changes tbody tr").Select(r => (r.QuerySelector("th")!.Text(), r.QuerySelectorAll("td")[1].Text())).ToList();
        string Percent(double r) => r.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
        Assert.Equal(
            [
                ("If you did not smoke", Percent(RiskOf(Qrisk3Smoking.NonSmoker, 150, 30))),
                ("If your systolic blood pressure was 20 mmHg lower (130 mmHg)", Percent(RiskOf(Qrisk3Smoking.Heavy, 130, 30))),
                ("If your BMI was 25", Percent(RiskOf(Qrisk3Smoking.Heavy, 150, 25))),
            ],
            rows);
    }

    [Fact]
    public async Task RiskOfTenPercentOrMore_SaysTalkToYourGp()
    {
        var (_, high) = await Html.GetAsync(site.Factory.CreateClient(), Person);
        var (_, low) = await Html.GetAsync(site.Factory.CreateClient(), "/reduce-your-risk?age=30&sex=female");

        Assert.True(RiskOf(Qrisk3Smoking.Heavy, 150, 30) >= 10);
        Assert.Contains("Talk to your GP about lowering your risk", high.QuerySelector("#gp-advice")!.Text(), StringComparison.Ordinal);
        Assert.Contains("NICE guideline CG181", high.QuerySelector("#gp-advice")!.Text(), StringComparison.Ordinal);
        Assert.Contains("under 10%", low.QuerySelector("#gp-advice")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingMeasurements_UseTheAverageAndSaySo()
    {
        var (_, page) = await Html.GetAsync(site.Factory.CreateClient(), "/reduce-your-risk?age=50&sex=female");
        var women = Qrisk3Coefficients.For(Qrisk3Sex.Female);
        var risk = Qrisk3.TenYearRisk(new Qrisk3Input(50, Qrisk3Sex.Female, women.MeanCholesterolHdlRatio, women.MeanSystolicBp, women.MeanSystolicBpSd, 10 / Math.Sqrt(women.MeanBmiTerm1)));

        Assert.Equal(risk.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%", page.QuerySelector("#risk-score")!.Text());
        Assert.Contains("cholesterol/HDL ratio, systolic blood pressure, body mass index", page.QuerySelector("#defaulted")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadAnswers_AreListedInTheErrorSummaryWithTheAllowedRange()
    {
        var (response, page) = await Html.GetAsync(site.Factory.CreateClient(), "/reduce-your-risk?age=90&sbp=abc&ratio=0.5&bmi=");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        var summary = page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => (a.GetAttribute("href"), a.Text())).ToList();
        Assert.Equal(
            [
                ("#age", "Enter your age as a number from 25 to 84 years"),
                ("#sex-female", "Select the sex you were registered with at birth"),
                ("#ratio", "Enter your cholesterol/HDL ratio as a number from 1 to 12"),
                ("#sbp", "Enter your systolic blood pressure as a number from 70 to 210 mmHg"),
            ],
            summary);
        Assert.Equal("Error: Enter your age as a number from 25 to 84 years", page.QuerySelector("#age-error")!.Text());
        Assert.Contains("age-error", page.QuerySelector("#age")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("90", page.QuerySelector("#age")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#result"));
    }

    [Fact]
    public async Task NothingEntered_IsStoredCachedOrLogged()
    {
        await using var store = await PreventionStore.OpenAsync(site);
        var logs = new LogCapture();
        await using var factory = store.Factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        var folders = new[] { site.Lake, site.Results, store.Folder };
        var before = Snapshot(folders);
        var client = factory.CreateClient();

        var first = await client.GetAsync(Person, Token);
        var second = await client.GetAsync(Person, Token);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        foreach (var response in new[] { first, second })
        {
            Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
            Assert.False(response.Headers.Contains("Set-Cookie"));
            Assert.Null(response.Headers.Age); // a response served from the output cache carries Age
        }

        Assert.Equal(before, Snapshot(folders));
        await using var db = store.Context();
        Assert.Empty(db.AuditLog);
        Assert.Empty(db.QuestionnaireSubmissions);
        Assert.DoesNotContain(logs.Messages, m => m.Contains("age=65", StringComparison.Ordinal) || m.Contains("sbp=150", StringComparison.Ordinal));
    }

    private static List<string> Snapshot(IEnumerable<string> folders) =>
        [.. folders.SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Select(f => $"{f} {new FileInfo(f).Length} {File.GetLastWriteTimeUtc(f):O}").Order(StringComparer.Ordinal)];

    private sealed class LogCapture : ILoggerProvider, ILogger
    {
        public List<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Messages)
            {
                Messages.Add(formatter(state, exception));
            }
        }

        public void Dispose()
        {
        }
    }
}
