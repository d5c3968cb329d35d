using CareForAll.Core;

namespace CareForAll.Store.Identity;

/// <summary>
/// Who an NHS login or NHS CIS2 sign-in says the person is, read from the provider's claims by
/// <see cref="ExternalClaimsReader"/>: the provider's scheme and its id of the person, the CareForAll role that
/// follows, their email and, by role, their NHS number (patients) or organisation (staff).
/// </summary>
public sealed record ExternalIdentity(string Provider, string Subject, StoreRole Role, string? Email, NhsNumber? NhsNumber, OdsCode? Organisation);
