namespace CareForAll.Data.Synthetic;

/// <summary>
/// Simulates the people registered with one GP practice at a time, each patient's whole 2008-11 history in one
/// pass (conditions, deaths, admissions, A&amp;E, PROMs, referrals, primary care records), and writes their rows.
/// One seeded generator per practice, derived from (seed, practice index), so the output does not depend on timing.
/// </summary>
internal sealed partial class PatientSimulator
{
    public const int AgeBands = 19;
    private const string Female = "F";
    private const string Male = "M";
    private static readonly int StartDay = EnglandFacts.Start.DayNumber;
    private static readonly int EndDay = EnglandFacts.End.DayNumber;
    private static readonly string[] BandLabels = [.. Enumerable.Range(0, AgeBands).Select(b => b == 18 ? "90+" : $"{b * 5}-{(b * 5) + 4}")];
    private static readonly string[] EthnicCodes = ["A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "Z"];

    /// <summary>2011 Census-shaped ethnic mix for England (assumption); London uses triple the non-White-British weights.</summary>
    private static readonly double[] EthnicWeights = [0.80, 0.01, 0.046, 0.005, 0.003, 0.006, 0.005, 0.026, 0.021, 0.008, 0.015, 0.011, 0.018, 0.005, 0.007, 0.01, 0.03];
    private static readonly double[] EthnicCumulative = Geography.Cumulative(EthnicWeights);
    private static readonly double[] EthnicLondonCumulative = Geography.Cumulative([.. EthnicWeights.Select((w, i) => i == 0 ? w * 0.6 : w * 3)]);
    private static readonly double[] SexBandCumulative = Geography.Cumulative([.. EnglandFacts.BandMalePercent, .. EnglandFacts.BandFemalePercent]);

    private readonly Geography _geography;
    private readonly LakeOutput _out;
    private readonly TrustLedger _ledger;
    private readonly ulong _seed;
    private readonly Dictionary<int, string> _secondaryCodes = [];
    private readonly List<PlannedSpell> _planned = [];
    private readonly List<PendingProms> _pendingProms = [];
    private readonly int[] _diagnosed = new int[ConditionCatalogue.All.Length];
    private readonly int[,,] _practiceCounts = new int[EnglandFacts.Years, 2, AgeBands];
    private Xoshiro256 _rng;

    // The patient being simulated.
    private long _id;
    private bool _male;
    private string _sex = Female;
    private int _birthDay;
    private int _ageAtStart;
    private int _lsoa;
    private sbyte _decile;
    private int _mask;
    private int _deathDay;
    private string? _deathCause;
    private Practice _practice = null!;

    public PatientSimulator(Geography geography, LakeOutput output, TrustLedger ledger, ulong seed)
    {
        _geography = geography;
        _out = output;
        _ledger = ledger;
        _seed = seed;
        CommissionerCounts = new long[geography.Commissioners.Count, EnglandFacts.Years, 2, AgeBands];
    }

    /// <summary>Mid-year population by commissioner, year index, sex (0 F, 1 M) and age band, summed over practices.</summary>
    public long[,,,] CommissionerCounts { get; }

    public static string AgeBandLabel(int band) => BandLabels[band];

    /// <summary>Simulates every patient of one practice and writes the practice's population and GP survey rows.</summary>
    public void SimulatePractice(Practice practice)
    {
        _practice = practice;
        _rng = new Xoshiro256(_seed, 1_000 + (ulong)practice.Index);
        Array.Clear(_practiceCounts);
        var births = _rng.Poisson(practice.ListSize * ActivityRates.BirthsPerPerson * 2.75);
        for (var k = 0; k < practice.ListSize + births; k++)
        {
            SimulatePatient(newborn: k >= practice.ListSize);
        }

        WritePopulation(practice);
        WriteGpExperience(practice);
    }

    private void SimulatePatient(bool newborn)
    {
        _id = _out.NextPatientId++;
        if (newborn)
        {
            _male = _rng.Chance(0.512);
            _birthDay = new DateOnly(2008, 7, 1).DayNumber + _rng.Next(EndDay - new DateOnly(2008, 7, 1).DayNumber + 1);
            _ageAtStart = -1;
        }
        else
        {
            var pick = _rng.PickCumulative(SexBandCumulative);
            _male = pick < 10;
            var band = pick % 10;
            var lower = EnglandFacts.BandLower[band];
            var age = band == 9 ? 85 + Math.Min(19, (int)_rng.Exponential(5)) : lower + _rng.Next(EnglandFacts.BandLower[band + 1] - lower);
            _birthDay = new DateOnly(2008, 6, 30).DayNumber - (int)(age * 365.25) - _rng.Next(365);
            _ageAtStart = AgeOn(_birthDay, StartDay);
        }

        _sex = _male ? Male : Female;
        _lsoa = _practice.LsoaStart + _rng.Next(_practice.LsoaCount);
        _decile = _geography.LsoaDecile[_lsoa];
        var ethnic = EthnicCodes[_rng.PickCumulative(_practice.Commissioner.Region == 6 ? EthnicLondonCumulative : EthnicCumulative)];
        _deathDay = int.MaxValue;
        _deathCause = null;

        DrawConditions();
        var communityDeath = DrawCommunityDeath();
        SimulateHospital(communityDeath);
        SimulateAe();
        SimulateOutpatientPathways();
        SimulatePrimaryCare();
        WritePendingProms();
        CountPopulation();

        var p = _out.Patient;
        p.Add(_id);
        p.Add(_sex);
        p.Add(DateOnly.FromDayNumber(_birthDay));
        p.Add(ethnic);
        p.Add(_geography.LsoaCodes[_lsoa]);
        p.Add(_decile);
        p.Add(_geography.LsoaTownsend[_lsoa]);
        p.Add(_practice.Code);
        p.Add(_practice.Commissioner.Code);
        p.Add(Dead ? DateOnly.FromDayNumber(_deathDay) : (DateOnly?)null);
        p.Add(_deathCause);
        p.EndRow();

        var g = _out.GpRegistration;
        g.Add(_id);
        g.Add(_practice.Code);
        g.Add(DateOnly.FromDayNumber(Math.Max(_birthDay, _practice.Opened.DayNumber + _rng.Next(3650))));
        g.Add(Dead ? DateOnly.FromDayNumber(_deathDay) : (DateOnly?)null);
        g.EndRow();
    }

    private bool Dead => _deathDay != int.MaxValue;

    /// <summary>Age in whole years on a day.</summary>
    internal static int AgeOn(int birthDay, int day)
    {
        var b = DateOnly.FromDayNumber(birthDay);
        var d = DateOnly.FromDayNumber(day);
        var age = d.Year - b.Year;
        if (d.Month < b.Month || (d.Month == b.Month && d.Day < b.Day))
        {
            age--;
        }

        return Math.Max(0, age);
    }

    private void DrawConditions()
    {
        _mask = 0;
        if (_ageAtStart < 0)
        {
            return;
        }

        var frailty = Math.Exp(_rng.Normal(0, 0.5) - 0.125);
        var age = Math.Min(_ageAtStart + 1, 110);
        var conditions = ConditionCatalogue.All;
        for (var c = 0; c < conditions.Length; c++)
        {
            var condition = conditions[c];
            var p = condition.Prevalence(age) * condition.DeprivationFactor(_decile) * frailty;
            if (!_rng.Chance(p))
            {
                continue;
            }

            _mask |= 1 << c;
            var earliest = Math.Max(_birthDay + (int)(condition.MinimumAge * 365.25), EndDay - (25 * 365));
            _diagnosed[c] = Math.Max(earliest, EndDay - (int)(_rng.NextDouble() * (EndDay - earliest)));
            var row = _out.Condition;
            row.Add(_id);
            row.Add(condition.Name);
            row.Add(condition.Snomed);
            row.Add(DateOnly.FromDayNumber(_diagnosed[c]));
            row.Add(_practice.Code);
            row.EndRow();
        }
    }

    /// <summary>A death outside the national model's reach, at age-specific community rates; int.MaxValue when none.</summary>
    private int DrawCommunityDeath()
    {
        var conditions = System.Numerics.BitOperations.PopCount((uint)_mask);
        for (var y = 0; y < EnglandFacts.Years; y++)
        {
            var yearStart = EnglandFacts.Start.AddYears(y).DayNumber;
            if (_birthDay > yearStart + 364)
            {
                continue;
            }

            var age = AgeOn(_birthDay, Math.Max(yearStart, _birthDay));
            var hazard = ActivityRates.CommunityDeath[ActivityRates.Band(age)] * (1 + (0.15 * conditions)) / (1 + (0.15 * ConditionCatalogue.ExpectedCountAtAge[Math.Min(age, 110)]));
            if (_rng.Chance(hazard))
            {
                return Math.Max(yearStart, _birthDay) + _rng.Next(365);
            }
        }

        return int.MaxValue;
    }

    private void CountPopulation()
    {
        for (var y = 0; y < EnglandFacts.Years; y++)
        {
            var mid = new DateOnly(2008 + y, 6, 30).DayNumber;
            if (_birthDay <= mid && _deathDay > mid)
            {
                _practiceCounts[y, _male ? 1 : 0, Math.Min(AgeOn(_birthDay, mid) / 5, AgeBands - 1)]++;
            }
        }
    }

    private void WritePopulation(Practice practice)
    {
        for (var y = 0; y < EnglandFacts.Years; y++)
        {
            for (var s = 0; s < 2; s++)
            {
                for (var b = 0; b < AgeBands; b++)
                {
                    var count = _practiceCounts[y, s, b];
                    CommissionerCounts[practice.Commissioner.Index, y, s, b] += count;
                    WritePopulationRow(_out.Population, practice.Code, "gp_practice", y, s, b, count);
                }
            }
        }
    }

    internal static void WritePopulationRow(ParquetTableWriter w, string area, string kind, int yearIndex, int sex, int band, long count)
    {
        w.Add(area);
        w.Add(kind);
        w.Add(2008 + yearIndex);
        w.Add(sex == 1 ? Male : Female);
        w.Add(BandLabels[band]);
        w.Add(count);
        w.EndRow();
    }

    private void WriteGpExperience(Practice practice)
    {
        for (var m = 0; m < TrustLedger.Months; m++)
        {
            var start = TrustLedger.MonthStart(m).DayNumber;
            var days = TrustLedger.MonthStart(m + 1).DayNumber - start;
            var responses = _rng.Poisson(practice.ListSize * 0.001);
            for (var i = 0; i < responses; i++)
            {
                Experience(practice.Code, null, "gp", start + _rng.Next(days), 0.2);
            }
        }
    }

    private void Experience(string provider, string? site, string setting, int day, double shift)
    {
        var w = _out.Experience;
        w.Add(_out.NextResponseId++);
        w.Add(provider);
        w.Add(site);
        w.Add(setting);
        w.Add(DateOnly.FromDayNumber(day));
        var likely = 0.58 * Math.Exp(shift);
        var u = _rng.NextDouble() * (likely + 0.42);
        sbyte answer = u < likely ? (sbyte)1 : (sbyte)(2 + _rng.Pick([0.30, 0.05, 0.03, 0.02, 0.02]));
        w.Add(answer);
        w.EndRow();
    }

    private readonly record struct PlannedSpell(int Day, byte Kind, short Group);

    private readonly record struct PendingProms(long SpellId, string Provider, string Procedure, int Day, string Profile, double Index, int Vas, int Oxford, int Age);
}
