"""The same indicators done the way an analyst would in Python: pandas for five plain measures and a row-level
statsmodels logistic regression for the hospital mortality ratio (age band, sex, admission type, diagnosis group,
Charlson band: about 75 parameters), for financial year 2008-09. Prints seconds per step as CSV."""
import sys, time
import numpy as np
import pandas as pd
import statsmodels.api as sm

folder = sys.argv[1]
start, end = pd.Timestamp("2008-04-01"), pd.Timestamp("2009-03-31")

def timed(name, fn):
    t = time.perf_counter(); result = fn(); report(name, time.perf_counter() - t); return result

def report(name, value):
    # printed as each step ends, so the steps done are on record if a later one runs out of memory
    print(f"{name},{value:.3f}" if isinstance(value, float) else f"{name},{value}", flush=True)

def ae():
    d = pd.read_csv(f"{folder}/ae_attendance.csv", parse_dates=["arrival_time", "departure_time"])
    d = d[(d.arrival_time >= start) & (d.arrival_time < end + pd.Timedelta(days=1)) & d.departure_time.notna()]
    d["hit"] = (d.departure_time - d.arrival_time) <= pd.Timedelta(hours=4)
    return d.groupby("provider_code").hit.agg(["sum", "count"])

def rtt():
    d = pd.read_csv(f"{folder}/referral.csv", parse_dates=["referral_date", "clock_stop_date"])
    d = d[(d.clock_stop_date >= start) & (d.clock_stop_date <= end)]
    d["hit"] = (d.clock_stop_date - d.referral_date).dt.days <= 126
    return d.groupby("provider_code").hit.agg(["sum", "count"])

def fft():
    d = pd.read_csv(f"{folder}/experience_response.csv", parse_dates=["response_date"])
    d = d[d.setting.isin(["inpatient", "ae", "maternity"]) & (d.response_date >= start) & (d.response_date <= end)]
    d["hit"] = d.answer.isin([1, 2])
    return d.groupby("provider_code").hit.agg(["sum", "count"])

def rate(kind, denominator):
    e = pd.read_csv(f"{folder}/safety_event.csv", parse_dates=["event_date"])
    e = e[(e.kind == kind) & (e.event_date >= start) & (e.event_date <= end)].groupby("provider_code").size()
    return (e / denominator() * 100000).fillna(0)

def bed_days():
    b = pd.read_csv(f"{folder}/bed_days.csv", parse_dates=["month"])
    return b[(b.month >= start) & (b.month <= end)].groupby("provider_code").bed_days.sum()

def spells_per_trust():
    s = pd.read_csv(f"{folder}/spells.csv", usecols=["provider_code", "discharge_date"], parse_dates=["discharge_date"])
    return s[(s.discharge_date >= start) & (s.discharge_date <= end)].groupby("provider_code").size()

charlson = {
    r"(?:^|;)(?:I21|I22|I252)": 1, r"(?:^|;)(?:I50|I110|I130|I132)": 1, r"(?:^|;)(?:I70|I71|I739|I771)": 1, r"(?:^|;)(?:I6|G45|G46)": 1,
    r"(?:^|;)(?:F00|F01|F02|F03|G30)": 1, r"(?:^|;)(?:J4[0-7]|J6[0-7])": 1, r"(?:^|;)(?:M05|M06|M32|M33|M34)": 1, r"(?:^|;)(?:E1[0-4])": 1,
    r"(?:^|;)(?:N18|N19|N052|I120)": 2, r"(?:^|;)(?:C[0-6]|C7[0-6])": 2, r"(?:^|;)(?:K704|K711|K721|K729|K766|I85)": 3,
    r"(?:^|;)(?:C7[7-9]|C80|B2[0-4])": 6,
}

def mortality():
    s = pd.read_csv(f"{folder}/spells.csv", parse_dates=["admission_date", "discharge_date", "death_date"], keep_default_na=False, na_values={"death_date": [""]})
    s = s.sort_values(["patient_id", "discharge_date", "spell_id"])
    s["last_spell"] = ~s.patient_id.duplicated(keep="last")
    s["died"] = s.last_spell & ((s.discharge_method.astype(str) == "4") | (s.death_date.notna() & (s.death_date <= s.discharge_date + pd.Timedelta(days=30))))
    s = s[s.admission_type.isin(["emergency", "elective"]) & (s.patient_class == "ordinary") & (s.discharge_date >= start) & (s.discharge_date <= end)].copy()
    score = sum(w * s.secondary_diagnoses.fillna("").str.contains(p, regex=True) for p, w in charlson.items())
    s["charlson"] = np.select([score == 0, score <= 2], ["0", "1-2"], "3+")
    s["age_band"] = np.minimum(s.age_on_admission // 5, 18).astype(str)
    s["diagnosis_group"] = s.primary_diagnosis.str[:3]
    # Pool groups too sparse to estimate, as the engine does: fewer than 5 deaths or 5 survivors.
    deaths = s.groupby("diagnosis_group").died.agg(["sum", "count"])
    sparse = deaths[(deaths["sum"] < 5) | (deaths["count"] - deaths["sum"] < 5)].index
    s.loc[s.diagnosis_group.isin(sparse), "diagnosis_group"] = "other"
    x = pd.get_dummies(s[["age_band", "sex", "admission_type", "diagnosis_group", "charlson"]], drop_first=True, dtype=float)
    x = sm.add_constant(x)
    fit = sm.Logit(s.died.astype(float), x).fit(disp=0, maxiter=50)
    s["expected"] = fit.predict(x)
    ratio = s.groupby("provider_code").agg(observed=("died", "sum"), expected=("expected", "sum"))
    report("mortality_parameters", x.shape[1])
    report("mortality_rows", len(s))
    return ratio.observed / ratio.expected

print("step,value", flush=True)
timed("ae-four-hours", ae)
timed("rtt-18-weeks", rtt)
timed("fft-recommend-trust", fft)
timed("mrsa-bacteraemia-rate", lambda: rate("mrsa_bacteraemia", bed_days))
timed("never-events-rate", lambda: rate("never_event", spells_per_trust))
timed("hospital-mortality-ratio", mortality)
