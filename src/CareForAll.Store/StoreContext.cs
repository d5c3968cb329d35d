using CareForAll.Store.Audit;
using CareForAll.Store.CarePlans;
using CareForAll.Store.HealthChecks;
using CareForAll.Store.Identity;
using CareForAll.Store.Organisations;
using CareForAll.Store.Questionnaires;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CareForAll.Store;

/// <summary>
/// The operational store: Identity users and roles, organisations and care relationships, care plans, NHS Health
/// Check invitations, checks and follow-up tasks, answered questionnaires and the audit log. One subclass per
/// database (<see cref="SqliteStoreContext"/>, <see cref="PostgresStoreContext"/>), each with its own migrations
/// under <c>Migrations/Sqlite</c> and <c>Migrations/Postgres</c>; make one with
/// <see cref="StoreDatabase.CreateContext"/>.
/// </summary>
public abstract class StoreContext : IdentityDbContext<StoreUser>
{
    /// <summary>The audit table's name, used by the append-only triggers.</summary>
    public const string AuditTable = "AuditLog";

    private protected StoreContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Organisations and their parents.</summary>
    public DbSet<Organisation> Organisations => Set<Organisation>();

    /// <summary>Which patients are registered with or treated by which organisations.</summary>
    public DbSet<CareRelationship> CareRelationships => Set<CareRelationship>();

    /// <summary>Care plans.</summary>
    public DbSet<CarePlan> CarePlans => Set<CarePlan>();

    /// <summary>The append-only audit log.</summary>
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    /// <summary>NHS Health Check invitations.</summary>
    public DbSet<HealthCheckInvitation> HealthCheckInvitations => Set<HealthCheckInvitation>();

    /// <summary>NHS Health Checks that took place.</summary>
    public DbSet<CompletedHealthCheck> CompletedHealthChecks => Set<CompletedHealthCheck>();

    /// <summary>Follow-up tasks, e.g. a statin discussion after a health check.</summary>
    public DbSet<FollowUpTask> FollowUpTasks => Set<FollowUpTask>();

    /// <summary>Answered questionnaires (PROMs, Friends and Family Test).</summary>
    public DbSet<QuestionnaireSubmission> QuestionnaireSubmissions => Set<QuestionnaireSubmission>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<StoreUser>(user =>
        {
            user.Property(u => u.OrganisationCode).HasMaxLength(12);
            user.HasIndex(u => u.OrganisationCode);
            user.HasIndex(u => u.PatientId);
        });

        builder.Entity<Organisation>(organisation =>
        {
            organisation.ToTable("Organisations");
            organisation.HasKey(o => o.Code);
            organisation.Property(o => o.Code).HasMaxLength(12);
            organisation.Property(o => o.Name).HasMaxLength(200);
            organisation.Property(o => o.ParentCode).HasMaxLength(12);
        });

        builder.Entity<CareRelationship>(relationship =>
        {
            relationship.ToTable("CareRelationships");
            relationship.HasKey(r => new { r.PatientId, r.OrganisationCode, r.Kind });
            relationship.Property(r => r.OrganisationCode).HasMaxLength(12);
            relationship.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        });

        builder.Entity<CarePlan>(plan =>
        {
            plan.ToTable("CarePlans");
            plan.HasKey(p => p.Id);
            plan.HasIndex(p => p.PatientId);
            plan.Property(p => p.Title).HasMaxLength(CarePlanDraft.MaxTitleLength);
            plan.Property(p => p.UpdatedBy).HasMaxLength(450);
            plan.Property(p => p.Version).IsConcurrencyToken();
        });

        builder.Entity<HealthCheckInvitation>(invitation =>
        {
            invitation.ToTable("HealthCheckInvitations");
            invitation.HasKey(i => i.Id);
            invitation.HasIndex(i => new { i.PracticeCode, i.CycleStart, i.PatientId });
            invitation.Property(i => i.PracticeCode).HasMaxLength(12);
            invitation.Property(i => i.RiskMethod).HasMaxLength(30);
            invitation.Property(i => i.Channel).HasConversion<string>().HasMaxLength(20);
        });

        builder.Entity<CompletedHealthCheck>(check =>
        {
            check.ToTable("CompletedHealthChecks");
            check.HasKey(c => c.Id);
            check.HasIndex(c => c.PatientId);
            check.Property(c => c.PracticeCode).HasMaxLength(12);
            check.Property(c => c.RecordedBy).HasMaxLength(450);
        });

        builder.Entity<FollowUpTask>(task =>
        {
            task.ToTable("FollowUpTasks");
            task.HasKey(t => t.Id);
            task.HasIndex(t => new { t.PracticeCode, t.Status });
            task.HasIndex(t => t.PatientId);
            task.Property(t => t.PracticeCode).HasMaxLength(12);
            task.Property(t => t.Title).HasMaxLength(200);
            task.Property(t => t.Reason).HasMaxLength(1000);
            task.Property(t => t.Outcome).HasMaxLength(1000);
            task.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            task.Property(t => t.UpdatedBy).HasMaxLength(450);
            task.Property(t => t.Version).IsConcurrencyToken();
        });

        builder.Entity<QuestionnaireSubmission>(submission =>
        {
            submission.ToTable("QuestionnaireSubmissions");
            submission.HasKey(s => s.Id);
            submission.HasIndex(s => s.PatientId);
            submission.HasIndex(s => s.SpellId);
            submission.HasIndex(s => s.WrittenToLakeAt);
            submission.Property(s => s.Questionnaire).HasMaxLength(40);
            submission.Property(s => s.Procedure).HasMaxLength(40);
            submission.Property(s => s.Stage).HasMaxLength(10);
            submission.Property(s => s.ProviderCode).HasMaxLength(12);
            submission.Property(s => s.SiteCode).HasMaxLength(12);
            submission.Property(s => s.Setting).HasMaxLength(20);
            submission.Property(s => s.Sex).HasMaxLength(1);
            submission.Property(s => s.Eq5dProfile).HasMaxLength(5);
            submission.Property(s => s.Eq5dValueSet).HasMaxLength(20);
            submission.Property(s => s.SubmittedBy).HasMaxLength(450);
        });

        builder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable(AuditTable);
            entry.HasKey(e => e.Id);
            entry.HasIndex(e => e.OccurredAt);
            entry.HasIndex(e => e.UserId);
            entry.HasIndex(e => e.PatientId);
            entry.Property(e => e.UserId).HasMaxLength(450);
            entry.Property(e => e.UserName).HasMaxLength(256);
            entry.Property(e => e.Role).HasConversion<string>().HasMaxLength(30);
            entry.Property(e => e.OrganisationCode).HasMaxLength(12);
            entry.Property(e => e.Action).HasConversion<string>().HasMaxLength(20);
            entry.Property(e => e.ResourceKind).HasConversion<string>().HasMaxLength(40);
            entry.Property(e => e.ResourceId).HasMaxLength(200);
            entry.Property(e => e.ResourceOrganisationCode).HasMaxLength(12);
            entry.Property(e => e.Purpose).HasMaxLength(500);
            entry.Property(e => e.Reason).HasMaxLength(500);
        });
    }

    private void StampVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            var version = entry.Property(v => v.Version);
            if (entry.State == EntityState.Added)
            {
                version.CurrentValue = 1;
            }
            else if (entry.State == EntityState.Modified)
            {
                version.CurrentValue = version.OriginalValue + 1;
            }
        }
    }
}
