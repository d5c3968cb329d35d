namespace CareForAll.Data.Synthetic;

/// <summary>A town that organisations cluster around: postcode area, WGS84 centre and relative size.</summary>
internal readonly record struct Town(string Name, string PostcodeArea, double Latitude, double Longitude, double Weight);
