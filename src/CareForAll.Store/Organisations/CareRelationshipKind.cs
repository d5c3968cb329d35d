namespace CareForAll.Store.Organisations;

/// <summary>How a patient is in an organisation's care.</summary>
public enum CareRelationshipKind
{
    /// <summary>Registered with the organisation (a GP practice list).</summary>
    Registered,

    /// <summary>Treated by the organisation (a spell, attendance or referral).</summary>
    Treated,
}
