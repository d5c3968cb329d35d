namespace CareForAll.Web.Search;

/// <summary>
/// Great-circle distance between two WGS84 points by the haversine formula (Sinnott RW. Virtues of the haversine.
/// Sky and Telescope 1984;68(2):159), on a sphere of the Earth's mean radius, 3,958.8 miles.
/// </summary>
public static class Distance
{
    public const double EarthRadiusMiles = 3958.8;

    public static double Miles(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(latitude2 - latitude1);
        var dLon = Radians(longitude2 - longitude1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(Radians(latitude1)) * Math.Cos(Radians(latitude2)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusMiles * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
