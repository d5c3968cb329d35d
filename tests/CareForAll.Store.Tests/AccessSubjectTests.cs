using CareForAll.Core;
using CareForAll.Store.Access;
using CareForAll.Store.Identity;

namespace CareForAll.Store.Tests;

/// <summary>Who may exist as a subject: the role rules checked when one is made.</summary>
public sealed class AccessSubjectTests
{
    [Fact]
    public void APatientMustBeLinkedToTheirRecordAndNobodyElseMayBe()
    {
        Assert.Throws<ArgumentException>(() => new AccessSubject("u1", StoreRole.Patient));
        Assert.Throws<ArgumentException>(() => new AccessSubject("u2", StoreRole.Clinician, OdsCode.Parse("RXH"), patientId: 5));
        Assert.Equal(5, new AccessSubject("u3", StoreRole.Patient, patientId: 5).PatientId);
    }

    [Fact]
    public void StaffMustBelongToAnOrganisation()
    {
        var error = Assert.Throws<ArgumentException>(() => new AccessSubject("u1", StoreRole.Regulator));

        Assert.StartsWith("A regulator user must belong to an organisation.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnyoneNotSignedInIsThePublic()
    {
        var subject = AccessSubject.FromPrincipal(new System.Security.Claims.ClaimsPrincipal());

        Assert.Equal((StoreRole.Public, "anonymous"), (subject.Role, subject.UserId));
    }
}
