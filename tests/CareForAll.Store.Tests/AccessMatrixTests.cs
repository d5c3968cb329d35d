using CareForAll.Store.Access;
using CareForAll.Store.Identity;

namespace CareForAll.Store.Tests;

/// <summary>
/// The whole access matrix of <see cref="AccessPolicy.Decide"/>: every role × resource kind × action × scope,
/// against the rules of issue 6. Scopes: <c>own</c> is the user's own patient record or organisation with no
/// relationship facts; <c>related</c> is another patient or organisation that the look-ups say is in the user's
/// care, commissioned by them or part of their organisation; <c>unrelated</c> is another one with no relationship.
/// </summary>
public sealed class AccessMatrixTests
{
    // role            kind                   action   own    related  unrelated
    private const string Matrix = """
        public           PatientRecord          Read     deny   deny     deny
        public           PatientRecord          Change   deny   deny     deny
        public           OrganisationAggregate  Read     deny   deny     deny
        public           OrganisationAggregate  Change   deny   deny     deny
        public           PublishedResult        Read     allow  allow    allow
        public           PublishedResult        Change   deny   deny     deny
        public           AuditLog               Read     deny   deny     deny
        public           AuditLog               Change   deny   deny     deny
        public           RecordAccessHistory    Read     deny   deny     deny
        public           RecordAccessHistory    Change   deny   deny     deny
        public           PatientQuestionnaire   Read     deny   deny     deny
        public           PatientQuestionnaire   Change   deny   deny     deny
        public           SecuredResult          Read     deny   deny     deny
        public           SecuredResult          Change   deny   deny     deny
        patient          PatientRecord          Read     allow  deny     deny
        patient          PatientRecord          Change   allow  deny     deny
        patient          OrganisationAggregate  Read     deny   deny     deny
        patient          OrganisationAggregate  Change   deny   deny     deny
        patient          PublishedResult        Read     allow  allow    allow
        patient          PublishedResult        Change   deny   deny     deny
        patient          AuditLog               Read     deny   deny     deny
        patient          AuditLog               Change   deny   deny     deny
        patient          RecordAccessHistory    Read     allow  deny     deny
        patient          RecordAccessHistory    Change   deny   deny     deny
        patient          PatientQuestionnaire   Read     allow  deny     deny
        patient          PatientQuestionnaire   Change   allow  deny     deny
        patient          SecuredResult          Read     deny   deny     deny
        patient          SecuredResult          Change   deny   deny     deny
        clinician        PatientRecord          Read     deny   allow    deny
        clinician        PatientRecord          Change   deny   allow    deny
        clinician        OrganisationAggregate  Read     deny   deny     deny
        clinician        OrganisationAggregate  Change   deny   deny     deny
        clinician        PublishedResult        Read     allow  allow    allow
        clinician        PublishedResult        Change   deny   deny     deny
        clinician        AuditLog               Read     deny   deny     deny
        clinician        AuditLog               Change   deny   deny     deny
        clinician        RecordAccessHistory    Read     deny   deny     deny
        clinician        RecordAccessHistory    Change   deny   deny     deny
        clinician        PatientQuestionnaire   Read     deny   deny     deny
        clinician        PatientQuestionnaire   Change   deny   deny     deny
        clinician        SecuredResult          Read     deny   deny     deny
        clinician        SecuredResult          Change   deny   deny     deny
        provider-analyst PatientRecord          Read     deny   deny     deny
        provider-analyst PatientRecord          Change   deny   deny     deny
        provider-analyst OrganisationAggregate  Read     allow  deny     deny
        provider-analyst OrganisationAggregate  Change   allow  deny     deny
        provider-analyst PublishedResult        Read     allow  allow    allow
        provider-analyst PublishedResult        Change   deny   deny     deny
        provider-analyst AuditLog               Read     deny   deny     deny
        provider-analyst AuditLog               Change   deny   deny     deny
        provider-analyst RecordAccessHistory    Read     deny   deny     deny
        provider-analyst RecordAccessHistory    Change   deny   deny     deny
        provider-analyst PatientQuestionnaire   Read     deny   deny     deny
        provider-analyst PatientQuestionnaire   Change   deny   deny     deny
        provider-analyst SecuredResult          Read     allow  allow    deny
        provider-analyst SecuredResult          Change   deny   deny     deny
        commissioner     PatientRecord          Read     deny   deny     deny
        commissioner     PatientRecord          Change   deny   deny     deny
        commissioner     OrganisationAggregate  Read     allow  allow    deny
        commissioner     OrganisationAggregate  Change   deny   deny     deny
        commissioner     PublishedResult        Read     allow  allow    allow
        commissioner     PublishedResult        Change   deny   deny     deny
        commissioner     AuditLog               Read     deny   deny     deny
        commissioner     AuditLog               Change   deny   deny     deny
        commissioner     RecordAccessHistory    Read     deny   deny     deny
        commissioner     RecordAccessHistory    Change   deny   deny     deny
        commissioner     PatientQuestionnaire   Read     deny   deny     deny
        commissioner     PatientQuestionnaire   Change   deny   deny     deny
        commissioner     SecuredResult          Read     allow  allow    deny
        commissioner     SecuredResult          Change   deny   deny     deny
        regulator        PatientRecord          Read     deny   deny     deny
        regulator        PatientRecord          Change   deny   deny     deny
        regulator        OrganisationAggregate  Read     allow  allow    allow
        regulator        OrganisationAggregate  Change   deny   deny     deny
        regulator        PublishedResult        Read     allow  allow    allow
        regulator        PublishedResult        Change   deny   deny     deny
        regulator        AuditLog               Read     deny   deny     deny
        regulator        AuditLog               Change   deny   deny     deny
        regulator        RecordAccessHistory    Read     deny   deny     deny
        regulator        RecordAccessHistory    Change   deny   deny     deny
        regulator        PatientQuestionnaire   Read     deny   deny     deny
        regulator        PatientQuestionnaire   Change   deny   deny     deny
        regulator        SecuredResult          Read     allow  allow    allow
        regulator        SecuredResult          Change   deny   deny     deny
        administrator    PatientRecord          Read     deny   deny     deny
        administrator    PatientRecord          Change   deny   deny     deny
        administrator    OrganisationAggregate  Read     deny   deny     deny
        administrator    OrganisationAggregate  Change   deny   deny     deny
        administrator    PublishedResult        Read     allow  allow    allow
        administrator    PublishedResult        Change   deny   deny     deny
        administrator    AuditLog               Read     allow  allow    allow
        administrator    AuditLog               Change   deny   deny     deny
        administrator    RecordAccessHistory    Read     allow  allow    allow
        administrator    RecordAccessHistory    Change   deny   deny     deny
        administrator    PatientQuestionnaire   Read     deny   deny     deny
        administrator    PatientQuestionnaire   Change   deny   deny     deny
        administrator    SecuredResult          Read     deny   deny     deny
        administrator    SecuredResult          Change   deny   deny     deny
        """;

    private static readonly string[] Scopes = ["own", "related", "unrelated"];

    public static TheoryData<string, string, string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, string, string, bool>();
        foreach (var row in Rows())
        {
            data.Add(row.Role, row.Kind, row.Action, row.Scope, row.Allowed);
        }

        return data;
    }

    private static List<(string Role, string Kind, string Action, string Scope, bool Allowed)> Rows()
    {
        var rows = new List<(string, string, string, string, bool)>();
        foreach (var line in Matrix.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < Scopes.Length; i++)
            {
                rows.Add((cells[0], cells[1], cells[2], Scopes[i], cells[3 + i] == "allow"));
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void DecisionMatchesTheMatrix(string role, string kind, string action, string scope, bool allowed)
    {
        var user = Subjects.For(StoreRoles.FromName(role)!.Value);
        var (resource, facts) = Resource(user, Enum.Parse<ResourceKind>(kind), scope);

        var decision = AccessPolicy.Decide(user, Enum.Parse<AccessAction>(action), resource, facts);

        Assert.Equal(allowed, decision.Allowed);
        Assert.False(string.IsNullOrWhiteSpace(decision.Reason));
    }

    [Fact]
    public void MatrixCoversEveryRoleKindAndActionOnce()
    {
        var rows = Rows().Select(r => (r.Role, r.Kind, r.Action, r.Scope)).ToList();
        var expected = StoreRoles.All.Count * Enum.GetValues<ResourceKind>().Length * Enum.GetValues<AccessAction>().Length * Scopes.Length;

        Assert.Equal(expected, rows.Count);
        Assert.Equal(expected, rows.Distinct().Count());
    }

    [Fact]
    public void OnlyThePatientAndTheirCliniciansEverSeePatientIdentifiableRecords()
    {
        var allowedRoles = Rows()
            .Where(r => r.Kind == nameof(ResourceKind.PatientRecord) && r.Allowed)
            .Select(r => r.Role)
            .Distinct();

        Assert.Equal(["patient", "clinician"], allowedRoles);
    }

    [Fact]
    public void OnlyAnalystsCommissionersAndRegulatorsEverSeeSecuredResults()
    {
        var allowedRoles = Rows()
            .Where(r => r.Kind == nameof(ResourceKind.SecuredResult) && r.Allowed)
            .Select(r => StoreRoles.FromName(r.Role)!.Value)
            .Distinct();

        Assert.Equal([StoreRole.ProviderAnalyst, StoreRole.Commissioner, StoreRole.Regulator], allowedRoles);
        Assert.Equal(allowedRoles, StoreRoles.All.Where(AccessPolicy.ReadsSecuredResults));
    }

    [Fact]
    public void ADenialSaysWhy()
    {
        var decision = AccessPolicy.Decide(
            Subjects.For(StoreRole.Clinician), AccessAction.Read, AccessResource.PatientRecord(Subjects.OtherPatient), RelationshipFacts.None);

        Assert.Equal("patient 2 is neither registered with nor treated by RXH", decision.Reason);
    }

    private static (AccessResource Resource, RelationshipFacts Facts) Resource(AccessSubject user, ResourceKind kind, string scope)
    {
        var own = scope == "own";
        var facts = scope == "related" ? new RelationshipFacts(true, true, true) : RelationshipFacts.None;
        var resource = kind switch
        {
            ResourceKind.PatientRecord => AccessResource.PatientRecord(own ? Subjects.OwnPatient : Subjects.OtherPatient),
            ResourceKind.RecordAccessHistory => AccessResource.RecordAccessHistory(own ? Subjects.OwnPatient : Subjects.OtherPatient),
            ResourceKind.PatientQuestionnaire => AccessResource.PatientQuestionnaire(own ? Subjects.OwnPatient : Subjects.OtherPatient),
            ResourceKind.OrganisationAggregate => AccessResource.OrganisationAggregate(own ? user.Organisation ?? Subjects.Trust : Subjects.OtherTrust),
            ResourceKind.SecuredResult => AccessResource.SecuredResult(own ? user.Organisation ?? Subjects.Trust : Subjects.OtherTrust),
            ResourceKind.AuditLog => AccessResource.AuditLog,
            _ => AccessResource.PublishedResult,
        };
        return (resource, facts);
    }
}
