namespace CareForAll.Data.Synthetic;

internal sealed partial class PatientSimulator
{
    /// <summary>Relative A&amp;E arrivals by hour of day (assumption: quiet overnight, busiest late morning to evening).</summary>
    private static readonly double[] ArrivalHourCumulative = Geography.Cumulative(
        [1.6, 1.2, 1.0, 0.8, 0.7, 0.7, 0.9, 1.5, 3.0, 4.6, 5.2, 5.3, 5.2, 5.0, 4.9, 4.8, 4.8, 4.9, 4.8, 4.5, 4.0, 3.4, 2.7, 2.1]);

    /// <summary>Dimension loadings of the latent severity on MO, SC, UA, PD, AD (assumption: pain highest, anxiety lowest).</summary>
    private static readonly double[] Eq5dLoading = [1.0, 0.6, 0.95, 1.1, 0.45];

    /// <summary>Type 1 share of attendances not admitted, so that all attendances are about 69% type 1 (facts §3)
    /// once admitted patients (all type 1, about 18% of attendances) are added.</summary>
    private const double NotAdmittedType1Share = 0.63;

    private static readonly string[][] CausesByAgeClass =
    [
        ["P073", "Q249", "R95X", "X599", "C719", "G409"],
        ["I219", "I251", "I64X", "I500", "I714", "C349", "C189", "C509", "C259", "J449", "J189", "K703", "X599", "X700", "E119", "R99X"],
        ["I219", "I251", "I64X", "I500", "I714", "C349", "C189", "C509", "C61X", "J449", "J189", "F03X", "G309", "R54X", "E119", "R99X"],
    ];

    /// <summary>Relative weights of the causes above: child, under 75 (CVD about 35%), 75 and over (assumption, ONS-shaped).</summary>
    private static readonly double[][] CauseCumulative =
    [
        Geography.Cumulative([0.3, 0.15, 0.15, 0.2, 0.1, 0.1]),
        Geography.Cumulative([0.1, 0.12, 0.05, 0.02, 0.03, 0.12, 0.05, 0.05, 0.04, 0.05, 0.02, 0.05, 0.06, 0.05, 0.02, 0.04]),
        Geography.Cumulative([0.08, 0.1, 0.08, 0.04, 0.02, 0.07, 0.04, 0.03, 0.04, 0.06, 0.06, 0.12, 0.04, 0.04, 0.02, 0.02]),
    ];

    private string CommunityCause(int age)
    {
        var ageClass = age < 15 ? 0 : age < 75 ? 1 : 2;
        return CausesByAgeClass[ageClass][_rng.PickCumulative(CauseCumulative[ageClass])];
    }

    /// <summary>A&amp;E attendances that do not lead to admission, at age-specific rates, before any death.</summary>
    private void SimulateAe()
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

            var age = AgeOn(_birthDay, from);
            var count = _rng.Poisson(ActivityRates.AeNotAdmitted[ActivityRates.Band(age)] * (yearEnd - from + 1) / 365.0);
            for (var i = 0; i < count; i++)
            {
                var day = from + _rng.Next(yearEnd - from + 1);
                if (day >= _deathDay)
                {
                    continue;
                }

                var trust = Chance80() ? _practice.MainTrust : OtherTrust();
                var type = _rng.Chance(NotAdmittedType1Share) ? 1 : _rng.Chance(0.08) ? 2 : 3;
                var site = type == 1 ? trust.Sites[0] : trust.Sites[_rng.Next(trust.Sites.Length)];
                var disposal = _rng.Pick([0.80, 0.15, 0.05]) switch { 0 => "discharged", 1 => "referred", _ => "left" };
                AeAttendance(trust, site, type, day, disposal, admitted: false);
                if (_rng.Chance(0.04))
                {
                    Experience(trust.Code, site, "ae", day, trust.ExperienceShift);
                }
            }
        }
    }

    private void AeAttendance(Trust trust, string site, int type, int day, string disposal, bool admitted)
    {
        var arrival = DateOnly.FromDayNumber(day).ToDateTime(TimeOnly.MinValue)
            .AddMinutes((_rng.PickCumulative(ArrivalHourCumulative) * 60) + _rng.Next(60));
        var breachRate = trust.AeBreachRate * (admitted ? 2.5 : type == 1 ? 0.9 : 0.2);
        double minutes;
        if (_rng.Chance(breachRate))
        {
            minutes = 241 + _rng.Exponential(70);
        }
        else
        {
            var median = type == 1 ? 140 : 60;
            minutes = median * Math.Exp(_rng.Normal(0, 0.5));
            if (minutes >= 240)
            {
                minutes = 120 + _rng.Next(119);
            }
        }

        var w = _out.Ae;
        w.Add(_out.NextAttendanceId++);
        w.Add(_id);
        w.Add(trust.Code);
        w.Add(site);
        w.Add((sbyte)type);
        w.Add(arrival);
        w.Add(arrival.AddMinutes(Math.Max(5, (int)minutes)));
        w.Add(disposal);
        w.Add(AgeOn(_birthDay, day));
        w.Add(_sex);
        w.EndRow();
    }

    /// <summary>
    /// Pre-operative PROMs (written now) and post-operative ones (held until the patient's death date is known).
    /// A latent severity drives the EQ-5D-5L levels, EQ VAS and Oxford score; mean gains are calibrated to
    /// Oxford hip +20.2, knee +15.0 (Browne et al. 2013) and VAS +8.9 (NHS Digital PROMs 2009-10), facts §4.
    /// </summary>
    private void Proms(long spellId, Trust trust, bool hip, int admit, int discharge, int age)
    {
        if (!_rng.Chance(0.75))
        {
            return;
        }

        var procedure = hip ? "hip_replacement" : "knee_replacement";
        var before = Math.Clamp(_rng.Normal(0.64, 0.12), 0.2, 0.98);
        var meanGain = (hip ? EnglandFacts.OxfordHipGain : EnglandFacts.OxfordKneeGain) / 48 * FloorCorrection * trust.PromsGainMultiplier;
        var after = Math.Clamp(before - _rng.Normal(meanGain, 0.17), 0, 1);
        var vasBefore = Math.Clamp((int)Math.Round(_rng.Normal(64, 17) - (20 * (before - 0.64))), 0, 100);
        var vasAfter = Math.Clamp((int)Math.Round(vasBefore + (EnglandFacts.VasGainHip / 0.42 * (before - after)) + _rng.Normal(0, 12)), 0, 100);
        var (profileBefore, indexBefore) = Eq5dProfile(before);
        WriteProms(new PendingProms(spellId, trust.Code, procedure, admit - 1 - _rng.Next(42), profileBefore, indexBefore, vasBefore, Oxford(before), age), "pre");
        var postDay = discharge + 180 + _rng.Next(40);
        if (postDay <= EndDay && _rng.Chance(0.72))
        {
            var (profileAfter, indexAfter) = Eq5dProfile(after);
            _pendingProms.Add(new PendingProms(spellId, trust.Code, procedure, postDay, profileAfter, indexAfter, vasAfter, Oxford(after), age));
        }
    }

    /// <summary>Allows for severity clamped at 0 (best health) after surgery, which trims the mean gain.</summary>
    private const double FloorCorrection = 1.1;

    private int Oxford(double severity) => Math.Clamp((int)Math.Round((48 * (1 - severity)) + _rng.Normal(0, 3)), 0, 48);

    private (string Profile, double Index) Eq5dProfile(double severity)
    {
        Span<char> digits = stackalloc char[5];
        for (var d = 0; d < 5; d++)
        {
            var level = Math.Clamp(1 + (int)Math.Round(4 * ((severity * Eq5dLoading[d]) + _rng.Normal(0, 0.12))), 1, 5);
            digits[d] = (char)('0' + level);
        }

        var profile = new string(digits);
        return (profile, Eq5d5lEngland.Index(profile));
    }

    private void WritePendingProms()
    {
        foreach (var post in _pendingProms)
        {
            if (post.Day < _deathDay)
            {
                WriteProms(post, "post");
            }
        }

        _pendingProms.Clear();
    }

    private void WriteProms(PendingProms r, string stage)
    {
        var w = _out.Proms;
        w.Add(_id);
        w.Add(r.SpellId);
        w.Add(r.Provider);
        w.Add(r.Procedure);
        w.Add(stage);
        w.Add(DateOnly.FromDayNumber(r.Day));
        w.Add(r.Profile);
        w.Add(r.Index);
        w.Add(r.Vas);
        w.Add(r.Oxford);
        w.Add(r.Age);
        w.Add(_sex);
        w.EndRow();
    }
}
