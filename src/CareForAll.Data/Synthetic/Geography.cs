namespace CareForAll.Data.Synthetic;

/// <summary>
/// The organisations and small areas of Synthetic England at a given scale: 10 regions; commissioners, trusts
/// (1–4 sites each) and GP practices in proportion to the population (at least 10 commissioners and trusts, every
/// region at least one of each); practices of realistic list size (mean 6,300, facts §1) with their own LSOAs,
/// whose IMD deciles come from ranking a latent deprivation score (region + commissioner + practice + area).
/// </summary>
internal sealed class Geography
{
    private const string CodeLetters = "ABCDEFGHJKLMNPQRTVWXY";
    private const string CodeSymbols = "0123456789ABCDEFGHJKLMNPQRTVWXY";
    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";
    private const double PeoplePerLsoa = 1_500;
    private static readonly string[] Directions = ["", " North", " South", " East", " West", " Central", " and District", " Vale"];
    private static readonly string[] SiteKinds = ["General Hospital", "Royal Infirmary", "Community Hospital", "Treatment Centre"];
    private static readonly string[] PracticeStreets = ["Park", "High Street", "Church", "Station Road", "Market", "Riverside", "Oak Tree", "Meadow", "Castle", "Victoria", "Albion", "Beech", "Priory", "Mill"];
    private static readonly string[] PracticeKinds = ["Surgery", "Medical Centre", "Health Centre", "Medical Practice"];

    public List<Commissioner> Commissioners { get; } = [];
    public List<Trust> Trusts { get; } = [];
    public List<Practice> Practices { get; } = [];
    public List<string> LsoaCodes { get; } = [];
    public sbyte[] LsoaDecile { get; private set; } = [];
    public double[] LsoaTownsend { get; private set; } = [];

    public static Geography Build(double scale, ulong seed)
    {
        var geography = new Geography();
        var rng = new Xoshiro256(seed, 0x6E06);
        var regions = RegionCatalogue.All;
        var shares = regions.Select(r => r.PopulationShare).ToArray();
        var commissionersPerRegion = Allocate(Math.Max(10, (int)Math.Round(EnglandFacts.Commissioners * scale)), shares);
        var trustsPerRegion = Allocate(Math.Max(10, (int)Math.Round(EnglandFacts.AcuteTrusts * scale)), shares);
        var latent = new List<double>();
        for (var r = 0; r < regions.Length; r++)
        {
            var region = regions[r];
            var towns = region.Towns;
            var commissioners = new List<Commissioner>();
            for (var c = 0; c < commissionersPerRegion[r]; c++)
            {
                var town = TownFor(c, towns, ref rng);
                var sameTown = commissioners.Count(x => x.Town.Name == town.Name);
                var index = geography.Commissioners.Count;
                var commissioner = new Commissioner(index, "5" + Code2(index), town.Name + Direction(sameTown) + " PCT", r,
                    town.Latitude + rng.Normal(0, 0.03), town.Longitude + rng.Normal(0, 0.045), town)
                { Deprivation = rng.Normal(0, 0.35) };
                commissioners.Add(commissioner);
                geography.Commissioners.Add(commissioner);
            }

            var trusts = new List<Trust>();
            for (var t = 0; t < trustsPerRegion[r]; t++)
            {
                var town = TownFor(t, towns, ref rng);
                var sameTown = trusts.Count(x => x.Town.Name == town.Name);
                var index = geography.Trusts.Count;
                var trust = new Trust(index, "R" + Code2(index), town.Name + Direction(sameTown) + " Hospitals NHS Trust", r,
                    town.Latitude + rng.Normal(0, 0.02), town.Longitude + rng.Normal(0, 0.03), town)
                {
                    AeBreachRate = (1 - EnglandFacts.AeWithinFourHours) * Math.Exp(rng.Normal(0, 0.6) - 0.18),
                    ExperienceShift = rng.Normal(0, 0.3),
                };
                var siteCount = 1 + rng.Pick([0.35, 0.35, 0.2, 0.1]);
                trust.Sites = [.. Enumerable.Range(1, siteCount).Select(s => trust.Code + s.ToString("00", System.Globalization.CultureInfo.InvariantCulture))];
                var weights = Enumerable.Range(0, siteCount).Select(s => s == 0 ? 3.0 : 1.0).ToArray();
                trust.SiteCumulative = Cumulative(weights);
                trusts.Add(trust);
                geography.Trusts.Add(trust);
            }

            var commissionerWeights = Cumulative([.. commissioners.Select(_ => Math.Exp(rng.Normal(0, 0.4)))]);
            var remaining = (long)Math.Round(EnglandFacts.Population * scale * region.PopulationShare);
            var inRegion = 0;
            while (remaining > 0)
            {
                var list = (int)Math.Clamp(Math.Round(EnglandFacts.MeanListSize * Math.Exp(rng.Normal(0, 0.45) - 0.101)), 1_500, 20_000);
                if (remaining - list < 1_000)
                {
                    list = (int)remaining;
                }

                var commissioner = inRegion < commissioners.Count ? commissioners[inRegion] : commissioners[rng.PickCumulative(commissionerWeights)];
                var index = geography.Practices.Count;
                var name = PracticeStreets[rng.Next(PracticeStreets.Length)] + " " + PracticeKinds[rng.Next(PracticeKinds.Length)];
                var practice = new Practice(index, region.PracticeLetter + (81001 + inRegion).ToString(System.Globalization.CultureInfo.InvariantCulture), name, commissioner, list)
                {
                    Latitude = Math.Round(commissioner.Latitude + rng.Normal(0, 0.035), 5),
                    Longitude = Math.Round(commissioner.Longitude + rng.Normal(0, 0.05), 5),
                    Postcode = Postcode(commissioner.Town.PostcodeArea, ref rng),
                    Opened = new DateOnly(1948, 7, 5).AddDays(rng.Next(57 * 365)),
                    Accepting = rng.Chance(0.95),
                    HbA1cShift = rng.Normal(0, 2),
                    LsoaStart = geography.LsoaCodes.Count,
                    LsoaCount = Math.Max(1, (int)Math.Round(list / PeoplePerLsoa)),
                };
                var practiceEffect = rng.Normal(0, 0.45);
                for (var a = 0; a < practice.LsoaCount; a++)
                {
                    geography.LsoaCodes.Add("E01" + (geography.LsoaCodes.Count + 1).ToString("000000", System.Globalization.CultureInfo.InvariantCulture));
                    latent.Add(region.Deprivation + commissioner.Deprivation + practiceEffect + rng.Normal(0, 0.45));
                }

                practice.MainTrust = trusts.OrderBy(t => Distance(t.Latitude, t.Longitude, practice.Latitude, practice.Longitude)).ThenBy(t => t.Index).First();
                practice.RegionTrusts = [.. trusts];
                practice.MainTrust.Catchment += list;
                geography.Practices.Add(practice);
                remaining -= list;
                inRegion++;
            }
        }

        geography.AssignDeprivation(latent, ref rng);
        return geography;
    }

    /// <summary>Writes every organisation (regions, commissioners, trusts, sites, practices) to the organisation table.</summary>
    public void WriteOrganisations(ParquetTableWriter writer, ulong seed)
    {
        var rng = new Xoshiro256(seed, 0x0465);
        foreach (var region in RegionCatalogue.All)
        {
            var town = region.Towns[0];
            Organisation(writer, region.Code, region.Name + " Strategic Health Authority", "region", null,
                Postcode(town.PostcodeArea, ref rng), town.Latitude, town.Longitude, new DateOnly(2006, 7, 1), null);
        }

        foreach (var c in Commissioners)
        {
            Organisation(writer, c.Code, c.Name, "commissioner", RegionCatalogue.All[c.Region].Code, Postcode(c.Town.PostcodeArea, ref rng),
                Math.Round(c.Latitude, 5), Math.Round(c.Longitude, 5), new DateOnly(2006, 10, 1), null);
        }

        foreach (var t in Trusts)
        {
            var opened = new DateOnly(1991, 4, 1).AddDays(rng.Next(10 * 365));
            Organisation(writer, t.Code, t.Name, "trust", RegionCatalogue.All[t.Region].Code, Postcode(t.Town.PostcodeArea, ref rng),
                Math.Round(t.Latitude, 5), Math.Round(t.Longitude, 5), opened, null);
            for (var s = 0; s < t.Sites.Length; s++)
            {
                Organisation(writer, t.Sites[s], t.Town.Name + Direction(s / SiteKinds.Length) + " " + SiteKinds[s % SiteKinds.Length], "site", t.Code,
                    Postcode(t.Town.PostcodeArea, ref rng), Math.Round(t.Latitude + rng.Normal(0, 0.02), 5),
                    Math.Round(t.Longitude + rng.Normal(0, 0.03), 5), opened, null);
            }
        }

        foreach (var p in Practices)
        {
            Organisation(writer, p.Code, p.Name, "gp_practice", p.Commissioner.Code, p.Postcode, p.Latitude, p.Longitude, p.Opened, p.Accepting);
        }
    }

    private static void Organisation(ParquetTableWriter w, string code, string name, string kind, string? parent, string postcode,
        double latitude, double longitude, DateOnly opened, bool? accepting)
    {
        w.Add(code);
        w.Add(name);
        w.Add(kind);
        w.Add(parent);
        w.Add(postcode);
        w.Add(latitude);
        w.Add(longitude);
        w.Add(opened);
        w.Add((DateOnly?)null);
        w.Add(accepting);
        w.EndRow();
    }

    private void AssignDeprivation(List<double> latent, ref Xoshiro256 rng)
    {
        var order = Enumerable.Range(0, latent.Count).OrderByDescending(i => latent[i]).ThenBy(i => i).ToArray();
        LsoaDecile = new sbyte[latent.Count];
        LsoaTownsend = new double[latent.Count];
        for (var rank = 0; rank < order.Length; rank++)
        {
            var decile = (sbyte)(1 + (rank * 10 / order.Length));
            LsoaDecile[order[rank]] = decile;
        }

        for (var i = 0; i < latent.Count; i++)
        {
            LsoaTownsend[i] = Math.Round((-0.9 * (LsoaDecile[i] - 5.5)) + rng.Normal(0, 1), 2);
        }
    }

    private static Town TownFor(int ordinal, Town[] towns, ref Xoshiro256 rng) =>
        ordinal < towns.Length ? towns[ordinal] : towns[rng.Pick([.. towns.Select(t => t.Weight)])];

    private static string Direction(int k) => k < Directions.Length ? Directions[k] : " " + (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Code2(int index) =>
        string.Concat(CodeLetters[index / CodeSymbols.Length % CodeLetters.Length], CodeSymbols[index % CodeSymbols.Length]);

    private static string Postcode(string area, ref Xoshiro256 rng) =>
        string.Concat(area, (1 + rng.Next(25)).ToString(System.Globalization.CultureInfo.InvariantCulture), " ",
            rng.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture),
            InwardLetters[rng.Next(InwardLetters.Length)].ToString(), InwardLetters[rng.Next(InwardLetters.Length)].ToString());

    private static double Distance(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = lat1 - lat2;
        var dLon = (lon1 - lon2) * 0.62;
        return (dLat * dLat) + (dLon * dLon);
    }

    internal static double[] Cumulative(double[] weights)
    {
        var result = new double[weights.Length];
        var total = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            total += weights[i];
            result[i] = total;
        }

        return result;
    }

    /// <summary>Splits <paramref name="total"/> in proportion to <paramref name="shares"/>, at least one each (largest remainder).</summary>
    internal static int[] Allocate(int total, double[] shares)
    {
        var sum = shares.Sum();
        var result = shares.Select(s => Math.Max(1, (int)Math.Floor(total * s / sum))).ToArray();
        var order = Enumerable.Range(0, shares.Length).OrderByDescending(i => (total * shares[i] / sum) - Math.Floor(total * shares[i] / sum)).ThenBy(i => i).ToArray();
        for (var k = 0; result.Sum() < total; k++)
        {
            result[order[k % order.Length]]++;
        }

        return result;
    }
}
