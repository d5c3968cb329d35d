namespace CareForAll.Tests;

/// <summary>Where the repository and the shared data folder beside it are, found from the test assembly.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder that holds CareForAll.slnx.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shared folder beside the repository (../shared), with real and reference data.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>A file under ../shared/data, e.g. <c>SharedData("reference", "qrisk3_coefficients.json")</c>.</summary>
    public static string SharedData(params string[] parts) => Path.Combine([Shared, "data", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CareForAll.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CareForAll.slnx not found above " + AppContext.BaseDirectory);
    }
}
