namespace CareForAll.Data.Synthetic;

/// <summary>A town that organisations cluster around: postcode area, WGS84 centre and relative size.</summary>
internal readonly record struct Town(string Name, string PostcodeArea, double Latitude, double Longitude, double Weight);

/// <summary>One of the ten strategic health authority regions (2006–2013).</summary>
internal sealed record RegionInfo(string Code, string Name, double PopulationShare, double Deprivation, char PracticeLetter, Town[] Towns);

/// <summary>
/// The ten SHA regions of England. Population shares are approximate ONS mid-2008 region populations (assumption,
/// not in the facts file); deprivation is a relative area effect (positive = more deprived) shaped on IMD 2007
/// regional patterns (assumption). Town centres are real coordinates, moved inland where a town is on the coast.
/// </summary>
internal static class RegionCatalogue
{
    public static readonly RegionInfo[] All =
    [
        new("Y01", "North East", 0.050, 0.55, 'A',
        [
            new("Newcastle", "NE", 54.978, -1.617, 3), new("Sunderland", "SR", 54.900, -1.420, 2),
            new("Middlesbrough", "TS", 54.560, -1.240, 2), new("Durham", "DH", 54.776, -1.575, 1.5),
        ]),
        new("Y02", "North West", 0.133, 0.40, 'P',
        [
            new("Manchester", "M", 53.480, -2.243, 4), new("Liverpool", "L", 53.410, -2.930, 3),
            new("Preston", "PR", 53.763, -2.703, 1.5), new("Bolton", "BL", 53.578, -2.429, 1.5), new("Carlisle", "CA", 54.892, -2.933, 0.7),
        ]),
        new("Y03", "Yorkshire and the Humber", 0.101, 0.30, 'B',
        [
            new("Leeds", "LS", 53.800, -1.549, 3), new("Sheffield", "S", 53.381, -1.470, 2.5), new("Bradford", "BD", 53.796, -1.759, 2),
            new("Hull", "HU", 53.760, -0.380, 1.5), new("York", "YO", 53.960, -1.082, 1),
        ]),
        new("Y04", "East Midlands", 0.086, 0.0, 'C',
        [
            new("Nottingham", "NG", 52.954, -1.158, 3), new("Leicester", "LE", 52.637, -1.139, 3), new("Derby", "DE", 52.922, -1.476, 2),
            new("Lincoln", "LN", 53.230, -0.540, 1), new("Northampton", "NN", 52.240, -0.903, 1.5),
        ]),
        new("Y05", "West Midlands", 0.105, 0.30, 'M',
        [
            new("Birmingham", "B", 52.486, -1.890, 5), new("Coventry", "CV", 52.407, -1.508, 2), new("Wolverhampton", "WV", 52.587, -2.129, 2),
            new("Stoke-on-Trent", "ST", 53.003, -2.180, 2), new("Worcester", "WR", 52.192, -2.220, 1),
        ]),
        new("Y06", "East of England", 0.111, -0.35, 'D',
        [
            new("Cambridge", "CB", 52.205, 0.122, 1.5), new("Norwich", "NR", 52.630, 1.297, 1.5), new("Ipswich", "IP", 52.057, 1.145, 1),
            new("Chelmsford", "CM", 51.736, 0.479, 1.5), new("Luton", "LU", 51.879, -0.418, 1.5), new("Peterborough", "PE", 52.573, -0.241, 1),
        ]),
        new("Y07", "London", 0.148, 0.35, 'F',
        [
            new("Westminster", "SW", 51.497, -0.137, 2), new("Croydon", "CR", 51.372, -0.099, 2), new("Ealing", "W", 51.513, -0.305, 2),
            new("Stratford", "E", 51.541, -0.003, 2), new("Barnet", "EN", 51.640, -0.200, 2), new("Lewisham", "SE", 51.452, -0.017, 2),
        ]),
        new("Y08", "South East Coast", 0.083, -0.30, 'G',
        [
            new("Brighton", "BN", 50.860, -0.137, 2), new("Maidstone", "ME", 51.270, 0.522, 1.5), new("Crawley", "RH", 51.109, -0.187, 1.5),
            new("Canterbury", "CT", 51.280, 1.080, 1), new("Guildford", "GU", 51.236, -0.570, 1.5),
        ]),
        new("Y09", "South Central", 0.078, -0.50, 'K',
        [
            new("Oxford", "OX", 51.752, -1.258, 1.5), new("Southampton", "SO", 50.940, -1.404, 2), new("Reading", "RG", 51.454, -0.978, 2),
            new("Basingstoke", "RG", 51.266, -1.087, 1), new("Milton Keynes", "MK", 52.041, -0.759, 1.5),
        ]),
        new("Y10", "South West", 0.105, -0.30, 'L',
        [
            new("Bristol", "BS", 51.454, -2.588, 3), new("Exeter", "EX", 50.718, -3.534, 1.5), new("Plymouth", "PL", 50.410, -4.120, 1.5),
            new("Bath", "BA", 51.381, -2.359, 1), new("Gloucester", "GL", 51.864, -2.238, 1.5), new("Taunton", "TA", 51.015, -3.106, 1),
        ]),
    ];
}
