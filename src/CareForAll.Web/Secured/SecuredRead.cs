using CareForAll.Store.Access;

namespace CareForAll.Web.Secured;

/// <summary>The outcome of <see cref="SecuredResultsReader.ReadAsync"/>: the policy's decision and, when it allowed the read, the rows.</summary>
public sealed record SecuredRead(AccessDecision Decision, IReadOnlyList<SecuredResult> Rows);
