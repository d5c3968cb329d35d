using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using CareForAll.Care.Questionnaires;
using CareForAll.Web.Publishing;

namespace CareForAll.Web.Tests.Prevention;

public sealed class FeedbackPageTests(SiteFixture site)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private PublishedData Data => site.Factory.Services.GetRequiredService<PublishedData>();

    private string PracticeCode => Data.Organisations.First(o => o.Kind == OrganisationKinds.Practice).Code;

    private string TrustCode => Data.Organisations.First(o => o.Kind == OrganisationKinds.Trust).Code;

    [Fact]
    public async Task Form_AsksTheFftQuestionWithItsSixAnswersAndAnAntiForgeryToken()
    {
        var (response, page) = await Html.GetAsync(site.Factory.CreateClient(), "/feedback/" + PracticeCode);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var question = QuestionnaireCatalogue.Get(QuestionnaireKind.FriendsAndFamilyTest).Item[0];
        Assert.Equal(question.Text, page.QuerySelector("legend")!.Text());
        Assert.Equal(
            ["Extremely likely", "Likely", "Neither likely nor unlikely", "Unlikely", "Extremely unlikely", "Don't know"],
            page.QuerySelectorAll(".nhsuk-radios__label").Select(l => l.Text()));
        Assert.Equal("post", page.QuerySelector("form")!.GetAttribute("method"));
        Assert.NotNull(page.QuerySelector("form input[name=__RequestVerificationToken]"));
        Assert.Null(page.QuerySelector("input[name=setting]")); // a GP practice's answers are all about general practice
    }

    [Fact]
    public async Task UnknownOrganisation_IsNotFound()
    {
        var response = await site.Factory.CreateClient().GetAsync("/feedback/NOSUCHCODE", Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PostWithoutTheToken_IsRefused()
    {
        var response = await site.Factory.CreateClient().PostAsync("/feedback/" + PracticeCode, new FormUrlEncodedContent(new Dictionary<string, string> { ["recommend"] = "1" }), Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task NoAnswer_ShowsTheErrorSummary()
    {
        var page = await PostAsync(site.Factory.CreateClient(), TrustCode, new() { ["reason"] = "The nurses were kind" });

        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        var summary = page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => (a.GetAttribute("href"), a.Text())).ToList();
        Assert.Equal(
            [
                ("#recommend-1", "Select how likely you are to recommend this service to friends and family"),
                ("#setting-inpatient", "Select which service your answer is about"),
            ],
            summary);
        Assert.Equal("The nurses were kind", page.QuerySelector("#reason")!.Text());
    }

    [Fact]
    public async Task AnswerNotInTheList_IsRefusedByTheQuestionnaireCheck()
    {
        var page = await PostAsync(site.Factory.CreateClient(), PracticeCode, new() { ["recommend"] = "9" });

        Assert.Equal("Error: Select how likely you are to recommend this service to friends and family", page.QuerySelector("#recommend-error")!.Text());
        Assert.Null(page.QuerySelector("#thank-you"));
    }

    [Fact]
    public async Task WithoutAStore_AValidAnswerIsThankedButNotKept()
    {
        var page = await PostAsync(site.Factory.CreateClient(), PracticeCode, new() { ["recommend"] = "2" });

        Assert.Equal("Thank you for your feedback", page.QuerySelector("h1")!.Text());
        Assert.NotNull(page.QuerySelector("#not-kept"));
    }

    [Fact]
    public async Task WithAStore_AValidAnswerIsSavedAnonymously()
    {
        await using var store = await PreventionStore.OpenAsync(site);

        var page = await PostAsync(store.Factory.CreateClient(), TrustCode, new() { ["setting"] = "ae", ["recommend"] = "1", ["reason"] = "Seen quickly" });

        Assert.Equal("Thank you for your feedback", page.QuerySelector("h1")!.Text());
        Assert.Null(page.QuerySelector("#not-kept"));
        await using var db = store.Context();
        var saved = Assert.Single(db.QuestionnaireSubmissions);
        Assert.Equal(("fft", TrustCode, "ae", 1), (saved.Questionnaire, saved.ProviderCode, saved.Setting, (int?)saved.Score));
        Assert.Contains("Seen quickly", saved.ResponseJson, StringComparison.Ordinal);
        Assert.Null(saved.PatientId);
    }

    private static async Task<IDocument> PostAsync(HttpClient client, string code, Dictionary<string, string> fields)
    {
        var (_, form) = await Html.GetAsync(client, "/feedback/" + code);
        fields["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync("/feedback/" + code, new FormUrlEncodedContent(fields), Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Token);
        return await AngleSharp.BrowsingContext.New(AngleSharp.Configuration.Default).OpenAsync(r => r.Content(html), Token);
    }
}
