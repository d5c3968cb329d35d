namespace CareForAll.Store.Access;

/// <summary>
/// What the relationship look-ups said about a subject and a resource, so that
/// <see cref="AccessPolicy.Decide(AccessSubject, AccessAction, AccessResource, RelationshipFacts)"/> stays pure.
/// </summary>
/// <param name="InCareRelationship">The resource's patient is registered with or treated by the subject's organisation.</param>
/// <param name="CommissionsResourceOrganisation">The subject's organisation commissions the resource's organisation.</param>
/// <param name="ResourceIsPartOfSubjectOrganisation">The resource's organisation is part of the subject's (a site of their trust).</param>
public readonly record struct RelationshipFacts(bool InCareRelationship, bool CommissionsResourceOrganisation, bool ResourceIsPartOfSubjectOrganisation = false)
{
    /// <summary>No relationship at all.</summary>
    public static RelationshipFacts None => default;
}
