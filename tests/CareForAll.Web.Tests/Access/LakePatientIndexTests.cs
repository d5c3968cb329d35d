using CareForAll.Data.Ingestion;
using CareForAll.Web.Account;

namespace CareForAll.Web.Tests.Access;

/// <summary>An NHS number from NHS login finds the generated patient whose synthetic NHS number it is, and no one for an unknown number.</summary>
public sealed class LakePatientIndexTests(SiteFixture site)
{
    [Fact]
    public async Task A_generated_patients_synthetic_nhs_number_finds_their_record_and_an_unknown_number_finds_none()
    {
        var index = new LakePatientIndex(new PatientLake(site.Lake));
        var known = PatientKey.SyntheticNhsNumber(CareForAll.Store.Identity.StoreSeed.DemoPatientId);
        var unknown = PatientKey.SyntheticNhsNumber(89_999_999);

        Assert.Equal(CareForAll.Store.Identity.StoreSeed.DemoPatientId, await index.FindPatientIdAsync(known, TestContext.Current.CancellationToken));
        Assert.Null(await index.FindPatientIdAsync(unknown, TestContext.Current.CancellationToken));
    }
}
