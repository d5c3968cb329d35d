namespace CareForAll.Data.Synthetic;

/// <summary>One of the ten strategic health authority regions (2006–2013).</summary>
internal sealed record RegionInfo(string Code, string Name, double PopulationShare, double Deprivation, char PracticeLetter, Town[] Towns);
