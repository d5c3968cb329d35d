using System.Numerics;

namespace CareForAll.Data.Synthetic;

internal sealed partial class PatientSimulator
{
    private const byte EmergencyKind = 0;
    private const byte ElectiveKind = 1;
    private const byte MaternityKind = 2;
    private const byte TransferKind = 3;
    private static readonly int PromsStartDay = new DateOnly(2009, 4, 1).DayNumber;
    private static readonly int SeasonPeakDay = new DateOnly(2009, 1, 15).DayNumber;
    private static readonly double[][] ElectiveCumulative = [.. Enumerable.Range(0, 4).Select(a => Geography.Cumulative([.. AdmissionCatalogue.Elective.Select(e => e.Weight * e.Group.AgeWeights[a])]))];
    private static readonly double[] MaternityCumulative = Geography.Cumulative([.. AdmissionCatalogue.Maternity.Select(m => m.Weight)]);
    private static readonly string[] NonAdmittedSpecialties = ["100", "101", "110", "120", "130", "300", "301", "320", "330", "340", "502"];
    private readonly double[] _groupWeights = new double[AdmissionCatalogue.Emergency.Length];
    private readonly string[] _secondaryScratch = new string[ConditionCatalogue.All.Length];

    /// <summary>Stretch of the groups' typical stays so ordinary admissions average 5.7 days (facts §2).</summary>
    private const double LosScale = 1.22;

    /// <summary>Seasonal amplitude of emergency admissions, peaking mid-January (assumption: about ±15%).</summary>
    private const double WinterAmplitude = 0.15;

    private void SimulateHospital(int communityDeath)
    {
        _planned.Clear();
        for (var y = 0; y < EnglandFacts.Years; y++)
        {
            var yearStart = EnglandFacts.Start.AddYears(y).DayNumber;
            var yearEnd = EnglandFacts.Start.AddYears(y + 1).DayNumber - 1;
            var from = Math.Max(yearStart, _birthDay);
            if (from > yearEnd)
            {
                continue;
            }

            var exposure = (yearEnd - from + 1) / 365.0;
            var age = AgeOn(_birthDay, from);
            var band = ActivityRates.Band(age);
            var n = BitOperations.PopCount((uint)_mask);
            var expected = ConditionCatalogue.ExpectedCountAtAge[Math.Min(age, 110)];
            var comorbidity = (1 + (0.3 * n)) / (1 + (0.3 * expected));
            var deprivation = 1 + (0.08 * (5.5 - _decile));
            Plan(EmergencyKind, _rng.Poisson(ActivityRates.Emergency[band] * deprivation * comorbidity * exposure), from, yearEnd, seasonal: true);
            Plan(TransferKind, _rng.Poisson(ActivityRates.Transfer[band] * exposure), from, yearEnd, seasonal: true);
            Plan(ElectiveKind, _rng.Poisson(ActivityRates.Elective[band] * exposure), from, yearEnd, seasonal: false);
            if (!_male && age is >= 15 and <= 44)
            {
                Plan(MaternityKind, _rng.Poisson(ActivityRates.Maternity[(age - 15) / 10] * exposure), from, yearEnd, seasonal: false);
            }
        }

        _planned.Sort((a, b) => a.Day != b.Day ? a.Day.CompareTo(b.Day) : a.Kind.CompareTo(b.Kind));
        var lastDischarge = int.MinValue;
        for (var i = 0; i < _planned.Count; i++)
        {
            var plan = _planned[i];
            var admit = Math.Max(plan.Day, lastDischarge + 1);
            if (admit > EndDay || admit >= communityDeath)
            {
                break;
            }

            var discharge = Admit(plan, admit, out var died);
            lastDischarge = discharge;
            if (died)
            {
                return;
            }
        }

        if (communityDeath != int.MaxValue)
        {
            if (lastDischarge != int.MinValue && communityDeath - lastDischarge <= 30)
            {
                communityDeath = lastDischarge + 31 + _rng.Next(60);
            }

            if (communityDeath <= EndDay)
            {
                _deathDay = communityDeath;
                _deathCause = CommunityCause(AgeOn(_birthDay, communityDeath));
                if (_rng.Chance(0.1))
                {
                    AeAttendance(_practice.MainTrust, _practice.MainTrust.Sites[0], 1, _deathDay, "died", admitted: false);
                }
            }
        }
    }

    /// <summary>Non-admitted referral-to-treatment pathways (about 2.9 per admitted one, facts §3), before any death.</summary>
    private void SimulateOutpatientPathways()
    {
        for (var y = 0; y < EnglandFacts.Years; y++)
        {
            var yearStart = EnglandFacts.Start.AddYears(y).DayNumber;
            var yearEnd = EnglandFacts.Start.AddYears(y + 1).DayNumber - 1;
            var from = Math.Max(yearStart, _birthDay);
            if (from > yearEnd)
            {
                continue;
            }

            var band = ActivityRates.Band(AgeOn(_birthDay, from));
            var exposure = (yearEnd - from + 1) / 365.0;
            var nonAdmitted = _rng.Poisson(ActivityRates.Elective[band] * 0.45 * EnglandFacts.NonAdmittedPerAdmittedPathway * exposure);
            for (var i = 0; i < nonAdmitted; i++)
            {
                var referral = from + _rng.Next(yearEnd - from + 1);
                if (referral < _deathDay)
                {
                    var wait = (int)(41 * Math.Exp(_rng.Normal(0, 0.55)));
                    int? stop = referral + wait;
                    stop = stop > EndDay || stop > _deathDay ? null : stop;
                    Referral(Chance80() ? _practice.MainTrust : OtherTrust(), NonAdmittedSpecialties[_rng.Next(NonAdmittedSpecialties.Length)], referral, stop, admitted: false);
                }
            }
        }
    }

    private bool Chance80() => _rng.Chance(0.8);

    private Trust OtherTrust() => _practice.RegionTrusts[_rng.Next(_practice.RegionTrusts.Length)];

    private void Plan(byte kind, int count, int from, int to, bool seasonal)
    {
        for (var i = 0; i < count; i++)
        {
            int day;
            do
            {
                day = from + _rng.Next(to - from + 1);
            }
            while (seasonal && _rng.NextDouble() * (1 + WinterAmplitude) > 1 + (WinterAmplitude * Math.Cos(2 * Math.PI * (day - SeasonPeakDay) / 365.25)));

            _planned.Add(new PlannedSpell(day, kind, -1));
        }
    }

    private AdmissionGroup ChooseGroup(byte kind, short group, int age)
    {
        var ageClass = AdmissionGroup.AgeClass(age);
        switch (kind)
        {
            case ElectiveKind:
                return AdmissionCatalogue.Elective[_rng.PickCumulative(ElectiveCumulative[ageClass])].Group;
            case MaternityKind:
                return AdmissionCatalogue.Maternity[_rng.PickCumulative(MaternityCumulative)].Group;
            default:
                if (group >= 0)
                {
                    return AdmissionCatalogue.Emergency[group];
                }

                var groups = AdmissionCatalogue.Emergency;
                for (var g = 0; g < groups.Length; g++)
                {
                    var linked = groups[g].LinkedCondition;
                    _groupWeights[g] = groups[g].AgeWeights[ageClass] * (linked >= 0 && (_mask & (1 << linked)) != 0 ? 5 : 1);
                }

                return groups[_rng.Pick(_groupWeights)];
        }
    }

    /// <summary>Writes one spell and its side records; returns the discharge day.</summary>
    private int Admit(PlannedSpell plan, int admit, out bool died)
    {
        var age = AgeOn(_birthDay, admit);
        var group = ChooseGroup(plan.Kind, plan.Group, age);
        var trust = Chance80() ? _practice.MainTrust : OtherTrust();
        var site = trust.Sites[_rng.PickCumulative(trust.SiteCumulative)];
        var dayCase = group.DayCaseShare > 0 && _rng.Chance(group.DayCaseShare);
        var los = dayCase ? 0 : (int)_rng.Exponential(LosScale * group.MeanLos * (0.6 + (0.01 * Math.Min(age, 100))));
        var discharge = admit + los;
        var emergency = plan.Kind is EmergencyKind or TransferKind;

        var secondaryMask = 0;
        for (var c = 0; c < ConditionCatalogue.All.Length; c++)
        {
            if ((_mask & (1 << c)) != 0 && _diagnosed[c] <= admit && ConditionCatalogue.All[c].Icd3 != group.Icd3)
            {
                secondaryMask |= 1 << c;
            }
        }

        var comorbidities = BitOperations.PopCount((uint)secondaryMask);
        var primary = group.Diagnoses[_rng.Next(group.Diagnoses.Length)];
        var p = Math.Min(1, MortalityModel.Probability(age, _male, emergency, dayCase, comorbidities, group.Mortality) * trust.MortalityMultiplier);
        died = _rng.Chance(p);
        var inHospital = died && _rng.Chance(1 - EnglandFacts.ShareOfDeathsAfterDischarge);
        if (died)
        {
            _deathDay = inHospital ? discharge : discharge + 1 + _rng.Next(30);
            _deathCause = inHospital || _rng.Chance(0.8) ? primary : CommunityCause(age);
        }

        var method = plan.Kind switch
        {
            EmergencyKind => _rng.Pick([0.7, 0.2, 0.04, 0.03, 0.03]) switch { 0 => "21", 1 => "22", 2 => "23", 3 => "24", _ => "28" },
            ElectiveKind => _rng.Pick([0.45, 0.35, 0.2]) switch { 0 => "11", 1 => "12", _ => "13" },
            MaternityKind => "31",
            _ => "81",
        };
        var type = plan.Kind switch { EmergencyKind => "emergency", ElectiveKind => "elective", MaternityKind => "maternity", _ => "transfer" };
        var specialty = age < 16 && group.Specialty is "300" or "320" or "340" or "400" ? "420" : group.Specialty;
        var procedure = group.Procedures.Length == 0 ? null : group.Procedures[_rng.Next(group.Procedures.Length)];
        var spellId = _out.NextSpellId++;

        var w = _out.Spell;
        w.Add(spellId);
        w.Add(_id);
        w.Add(trust.Code);
        w.Add(site);
        w.Add(_practice.Code);
        w.Add(_practice.Commissioner.Code);
        w.Add(DateOnly.FromDayNumber(admit));
        w.Add(DateOnly.FromDayNumber(discharge));
        w.Add(method);
        w.Add(type);
        w.Add(dayCase ? "day_case" : "ordinary");
        w.Add(inHospital ? "4" : _rng.Chance(0.01) ? "2" : "1");
        w.Add(specialty);
        w.Add(primary);
        w.Add(SecondaryCodes(secondaryMask));
        w.Add(procedure);
        w.Add(procedure ?? "");
        w.Add(group.Hrg[Math.Min(comorbidities, 2)]);
        w.Add(age);
        w.Add(_sex);
        w.Add(_decile);
        w.Add(los);
        w.EndRow();

        if (!dayCase)
        {
            _ledger.AddSpell(trust, _id, spellId, admit, discharge);
        }

        if (method == "21")
        {
            AeAttendance(trust, site, 1, admit, "admitted", admitted: true);
        }

        if (plan.Kind == ElectiveKind && method == "11")
        {
            Referral(trust, specialty, admit - (int)(55.3 * Math.Exp(_rng.Normal(0, 0.55))), admit, admitted: true);
        }

        if (!dayCase && plan.Kind != MaternityKind && _rng.Chance(0.1))
        {
            Experience(trust.Code, site, "inpatient", discharge, trust.ExperienceShift);
        }
        else if (plan.Kind == MaternityKind && _rng.Chance(0.15))
        {
            Experience(trust.Code, site, "maternity", discharge, trust.ExperienceShift);
        }

        if (group.Icd3 is "M16" or "M17" && admit >= PromsStartDay)
        {
            Proms(spellId, trust, group.Icd3 == "M16", admit, discharge, age);
        }

        if (!died && _rng.Chance(ActivityRates.ReadmissionChance * trust.ReadmissionMultiplier * (age >= 75 ? 1.3 : 0.9)))
        {
            var day = discharge + 1 + Math.Min(29, (int)_rng.Exponential(8));
            var readmitGroup = (short)(plan.Kind is EmergencyKind or TransferKind && _rng.Chance(0.3) ? Array.IndexOf(AdmissionCatalogue.Emergency, group) : -1);
            Insert(new PlannedSpell(day, EmergencyKind, readmitGroup));
        }

        return discharge;
    }

    private void Insert(PlannedSpell spell)
    {
        var i = _planned.Count;
        while (i > 0 && _planned[i - 1].Day > spell.Day)
        {
            i--;
        }

        _planned.Insert(i, spell);
    }

    private string SecondaryCodes(int mask)
    {
        if (mask == 0)
        {
            return "";
        }

        if (!_secondaryCodes.TryGetValue(mask, out var codes))
        {
            var n = 0;
            for (var c = 0; c < ConditionCatalogue.All.Length; c++)
            {
                if ((mask & (1 << c)) != 0)
                {
                    _secondaryScratch[n++] = ConditionCatalogue.All[c].Icd10;
                }
            }

            codes = string.Join(';', _secondaryScratch, 0, n);
            _secondaryCodes[mask] = codes;
        }

        return codes;
    }

    private void Referral(Trust trust, string specialty, int referral, int? stop, bool admitted)
    {
        var w = _out.Referral;
        w.Add(_out.NextPathwayId++);
        w.Add(_id);
        w.Add(trust.Code);
        w.Add(_practice.Commissioner.Code);
        w.Add(specialty);
        w.Add(DateOnly.FromDayNumber(referral));
        w.Add(stop.HasValue ? DateOnly.FromDayNumber(stop.Value) : null);
        w.Add(admitted);
        w.EndRow();
    }
}
