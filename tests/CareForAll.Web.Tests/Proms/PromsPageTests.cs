using System.Globalization;
using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using CareForAll.Care.Questionnaires;
using CareForAll.Store;
using CareForAll.Store.Access;
using CareForAll.Store.Identity;
using CareForAll.Web.Publishing;
using CareForAll.Web.Tests.Access;
using Microsoft.EntityFrameworkCore;

namespace CareForAll.Web.Tests.Proms;

/// <summary>
/// The signed-in PROMs pages: a patient's operations with their questionnaires, the form (every item of EQ-5D-5L and
/// the Oxford score of the procedure), the published rule for unanswered Oxford items, and another patient denied.
/// </summary>
public sealed class PromsPageTests(SiteFixture site)
{
    private const string PatientEmail = "proms-patient@test.careforall";
    private const string OtherEmail = "proms-other@test.careforall";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("hip", QuestionnaireKind.OxfordHip)]
    [InlineData("knee", QuestionnaireKind.OxfordKnee)]
    public async Task Form_AsksEveryEq5dItemAndEveryItemOfTheOxfordScoreOfTheProcedure(string procedure, QuestionnaireKind oxford)
    {
        var (patient, spell) = PromsPatients.WithSixMonthQuestionnaireDue(site.Lake, procedure);
        await using var app = new SignedInSite(site);
        await app.AddUserAsync(PatientEmail, StoreRole.Patient, null, patient);
        var client = await app.SignedInClientAsync(PatientEmail);

        var (listResponse, list) = await Html.GetAsync(client, $"/records/patients/{patient}/proms");
        Assert.Equal(HttpStatusCode.OK, listResponse.StatusCode);
        Assert.Equal("To do", list.QuerySelector($"#status-{spell}-post .nhsuk-tag")!.Text());
        var (response, form) = await Html.GetAsync(client, list.QuerySelector($"#status-{spell}-post a")!.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = QuestionnaireCatalogue.Get(QuestionnaireKind.Eq5d5l).Item.Concat(QuestionnaireCatalogue.Get(oxford).Item).Where(i => i.Type == Hl7.Fhir.Model.Questionnaire.QuestionnaireItemType.Choice).ToList();
        Assert.Equal(expected.Select(i => i.Text), form.QuerySelectorAll("form legend").Select(l => l.Text()));
        Assert.All(expected, i => Assert.Equal(5, form.QuerySelectorAll($"input[type=radio][name={i.LinkId}]").Length));
        Assert.NotNull(form.QuerySelector("input#vas[name=vas]"));
        Assert.NotNull(form.QuerySelector("form[method=post] input[name=__RequestVerificationToken]"));
        Assert.Equal(["Your health today (EQ-5D-5L)", QuestionnaireCatalogue.Get(oxford).Title], form.QuerySelectorAll("h2[id^=part-]").Select(h => h.Text()));
    }

    [Fact]
    public async Task MissingAnswers_ShowTheErrorSummaryAndNothingIsSaved()
    {
        var (patient, spell) = PromsPatients.WithSixMonthQuestionnaireDue(site.Lake, "hip");
        await using var app = new SignedInSite(site);
        await app.AddUserAsync(PatientEmail, StoreRole.Patient, null, patient);
        var client = await app.SignedInClientAsync(PatientEmail);
        var answers = Answers("21232", "", [4, 3, 3, 2, 4, 4, 3, 2, 3]); // no VAS, and 3 of 12 Oxford items unanswered
        answers.Remove("mobility");

        var page = await PostAsync(client, $"/records/patients/{patient}/proms/{spell}/post", answers);

        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Equal(
            ["Select an answer for: Walking about today",
             "Enter a whole number from 0 to 100 for how good or bad your health is today",
             "Answer at least 10 of the 12 questions about your hip: 3 are not answered"],
            page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.Text()));
        Assert.Equal(["#mobility-1", "#vas", "#q10-0"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.True(page.QuerySelector("#usual-activities-2")!.HasAttribute("checked")); // the answers given are kept
        await using var store = StoreDatabase.CreateContext(app.StoreConnectionString);
        Assert.Equal(0, await store.QuestionnaireSubmissions.CountAsync(Token));
    }

    [Fact]
    public async Task TwoUnansweredOxfordItems_AreFilledWithTheMeanOfTheOthers_AndTheStageIsDone()
    {
        // Murray et al. 2007 (J Bone Joint Surg Br 89:1010-4), NHS PROMs guidance: up to two missing items take the mean
        // of the answered ones. Answered: 4+4+3+3+2+2+1+1+0+4 = 24 over 10 items, mean 2.4; total 24 + 2 x 2.4 = 28.8,
        // which the lake's whole-number oxford_score holds as 29.
        var lake = PromsPatients.CopyLake(site.Lake);
        var (patient, spell) = PromsPatients.WithSixMonthQuestionnaireDue(lake, "knee");
        await using var app = new SignedInSite(site, lake);
        await app.AddUserAsync(PatientEmail, StoreRole.Patient, null, patient);
        var client = await app.SignedInClientAsync(PatientEmail);
        var url = $"/records/patients/{patient}/proms/{spell}/post";

        var page = await PostAsync(client, url, Answers("11111", "90", [4, 4, 3, 3, 2, 2, 1, 1, 0, 4]));

        Assert.Equal("28.8 out of 48 (higher is better)", page.QuerySelector("#oxford-score")!.Text());
        Assert.Equal("1.000 (1 is full health)", page.QuerySelector("#eq5d-index")!.Text());
        Assert.Contains("You left out 2 of the 12", page.QuerySelector("#imputed")!.Text(), StringComparison.Ordinal);
        Assert.Equal([("11111", 1.0, 90, 29)], PromsPatients.Responses(lake, spell, "post"));
        var (_, list) = await Html.GetAsync(client, $"/records/patients/{patient}/proms");
        Assert.Equal("Done", list.QuerySelector($"#status-{spell}-post .nhsuk-tag")!.Text());
        var (_, again) = await Html.GetAsync(client, url);
        Assert.Null(again.QuerySelector("main form[method=post] button"));
        Assert.Contains("already answered", again.QuerySelector("#not-due")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherPatientsQuestionnaire_IsDeniedAndAudited()
    {
        var (patient, spell) = PromsPatients.WithSixMonthQuestionnaireDue(site.Lake, "hip");
        await using var app = new SignedInSite(site);
        await app.AddUserAsync(PatientEmail, StoreRole.Patient, null, patient);
        await app.AddUserAsync(OtherEmail, StoreRole.Patient, null, patient + 1);
        var owner = await app.SignedInClientAsync(PatientEmail);
        var other = await app.SignedInClientAsync(OtherEmail);
        var url = $"/records/patients/{patient}/proms/{spell}/post";
        var (ownerResponse, _) = await Html.GetAsync(owner, url);
        Assert.Equal(HttpStatusCode.OK, ownerResponse.StatusCode);
        var answers = Answers("11111", "90", [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4]);
        var before = await app.LastAuditIdAsync();

        var (getResponse, denied) = await Html.GetAsync(other, url);
        // A valid anti-forgery token of the other patient's session, from a public form, so only the access rule can refuse the post.
        var (_, feedback) = await Html.GetAsync(other, "/feedback/" + site.Factory.Services.GetRequiredService<PublishedData>().Organisations.First(o => o.Kind == OrganisationKinds.Practice).Code);
        answers["__RequestVerificationToken"] = feedback.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var postResponse = await other.PostAsync(url, new FormUrlEncodedContent(answers), Token);

        Assert.Equal(HttpStatusCode.Forbidden, getResponse.StatusCode);
        Assert.Null(denied.QuerySelector("main form"));
        Assert.Equal(HttpStatusCode.Forbidden, postResponse.StatusCode);
        var audit = (await app.AuditAfterAsync(before)).Where(e => e.PatientId == patient).ToList();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, e => Assert.Equal((OtherEmail, false, ResourceKind.PatientQuestionnaire, PromsListModelPurpose), (e.UserName!, e.Allowed, e.ResourceKind, e.Purpose)));
        await using var store = StoreDatabase.CreateContext(app.StoreConnectionString);
        Assert.Equal(0, await store.QuestionnaireSubmissions.CountAsync(Token));
    }

    private const string PromsListModelPurpose = CareForAll.Web.Pages.Records.Proms.PromsListModel.Purpose;

    /// <summary>Form fields: the EQ-5D-5L profile's digits, the VAS and the Oxford items from q1 (fewer than 12 leave the rest unanswered).</summary>
    [Fact]
    public async Task TwoPostsAtOnce_SaveTheAnswersOnce_AndTheLakeGetsOneRow()
    {
        // A double click: both posts carry a valid token and find the stage due when they start.
        var lake = PromsPatients.CopyLake(site.Lake);
        var (patient, spell) = PromsPatients.WithSixMonthQuestionnaireDue(lake, "hip");
        await using var app = new SignedInSite(site, lake);
        await app.AddUserAsync(PatientEmail, StoreRole.Patient, null, patient);
        var client = await app.SignedInClientAsync(PatientEmail);
        var url = $"/records/patients/{patient}/proms/{spell}/post";

        await Task.WhenAll(
            PostAsync(client, url, Answers("11111", "90", [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4])),
            PostAsync(client, url, Answers("11111", "90", [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4])));

        Assert.Equal([("11111", 1.0, 90, 48)], PromsPatients.Responses(lake, spell, "post"));
        await using var store = StoreDatabase.CreateContext(app.StoreConnectionString);
        Assert.Equal(2, await store.QuestionnaireSubmissions.CountAsync(s => s.SpellId == spell, Token)); // EQ-5D-5L and Oxford, once each
    }

    internal static Dictionary<string, string> Answers(string profile, string vas, int[] oxford)
    {
        var fields = QuestionnaireCatalogue.Eq5dDimensionLinkIds.Select((id, i) => (id, profile[i].ToString())).ToDictionary(f => f.id, f => f.Item2);
        fields[QuestionnaireCatalogue.Eq5dVasLinkId] = vas;
        for (var i = 0; i < oxford.Length; i++)
        {
            fields[$"q{i + 1}"] = oxford[i].ToString(CultureInfo.InvariantCulture);
        }

        return fields;
    }

    /// <summary>Gets the form for its anti-forgery token, posts the answers with it and parses the page returned.</summary>
    private static async Task<IDocument> PostAsync(HttpClient client, string url, Dictionary<string, string> answers)
    {
        var (_, form) = await Html.GetAsync(client, url);
        answers["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync(url, new FormUrlEncodedContent(answers), Token);
        var html = await response.Content.ReadAsStringAsync(Token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {html}");
        return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html), Token);
    }
}
