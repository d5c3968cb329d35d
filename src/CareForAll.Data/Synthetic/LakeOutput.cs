namespace CareForAll.Data.Synthetic;

/// <summary>One open writer per lake table and the running ids, for a generator run.</summary>
internal sealed class LakeOutput : IDisposable
{
    private readonly Dictionary<string, ParquetTableWriter> _writers;

    public LakeOutput(string dir, int rowGroupSize)
    {
        _writers = LakeSchema.Tables.ToDictionary(t => t.Name, t => new ParquetTableWriter(dir, t, rowGroupSize));
        Organisation = _writers["organisation"];
        Patient = _writers["patient"];
        GpRegistration = _writers["gp_registration"];
        Condition = _writers["condition"];
        Observation = _writers["observation"];
        Medication = _writers["medication"];
        Spell = _writers["spell"];
        Ae = _writers["ae_attendance"];
        Proms = _writers["proms_response"];
        Experience = _writers["experience_response"];
        Safety = _writers["safety_event"];
        BedDays = _writers["bed_days"];
        Referral = _writers["referral"];
        Population = _writers["population"];
    }

    public ParquetTableWriter Organisation { get; }
    public ParquetTableWriter Patient { get; }
    public ParquetTableWriter GpRegistration { get; }
    public ParquetTableWriter Condition { get; }
    public ParquetTableWriter Observation { get; }
    public ParquetTableWriter Medication { get; }
    public ParquetTableWriter Spell { get; }
    public ParquetTableWriter Ae { get; }
    public ParquetTableWriter Proms { get; }
    public ParquetTableWriter Experience { get; }
    public ParquetTableWriter Safety { get; }
    public ParquetTableWriter BedDays { get; }
    public ParquetTableWriter Referral { get; }
    public ParquetTableWriter Population { get; }

    public long NextPatientId { get; set; } = 1;
    public long NextSpellId { get; set; } = 1;
    public long NextAttendanceId { get; set; } = 1;
    public long NextResponseId { get; set; } = 1;
    public long NextPathwayId { get; set; } = 1;
    public long NextEventId { get; set; } = 1;

    /// <summary>Finishes every file, in schema order.</summary>
    public IReadOnlyDictionary<string, long> Complete()
    {
        foreach (var table in LakeSchema.Tables)
        {
            _writers[table.Name].Complete();
        }

        return LakeSchema.Tables.ToDictionary(t => t.Name, t => _writers[t.Name].Rows);
    }

    public void Dispose()
    {
        foreach (var writer in _writers.Values)
        {
            writer.Dispose();
        }
    }
}
