namespace CareForAll.Store.Identity;

/// <summary>The Identity role name of each <see cref="StoreRole"/> and back.</summary>
public static class StoreRoles
{
    private static readonly Dictionary<StoreRole, string> Names = new()
    {
        [StoreRole.Public] = "public",
        [StoreRole.Patient] = "patient",
        [StoreRole.Clinician] = "clinician",
        [StoreRole.ProviderAnalyst] = "provider-analyst",
        [StoreRole.Commissioner] = "commissioner",
        [StoreRole.Regulator] = "regulator",
        [StoreRole.Administrator] = "administrator",
    };

    /// <summary>Every role, in declaration order.</summary>
    public static IReadOnlyList<StoreRole> All { get; } = Enum.GetValues<StoreRole>();

    /// <summary>The Identity role name, e.g. <c>provider-analyst</c>.</summary>
    public static string Name(StoreRole role) =>
        Names.TryGetValue(role, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(role), role, "Not a CareForAll role.");

    /// <summary>The role with this Identity name, or null when it is not one of ours.</summary>
    public static StoreRole? FromName(string? name)
    {
        foreach (var (role, roleName) in Names)
        {
            if (string.Equals(roleName, name, StringComparison.Ordinal))
            {
                return role;
            }
        }

        return null;
    }
}
