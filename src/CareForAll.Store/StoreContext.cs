using CareForAll.Store.Audit;
using CareForAll.Store.CarePlans;
using CareForAll.Store.Identity;
using CareForAll.Store.Organisations;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CareForAll.Store;

/// <summary>
/// The operational store: Identity users and roles, organisations and care relationships, care plans and the
/// audit log. One subclass per database (<see cref="SqliteStoreContext"/>, <see cref="PostgresStoreContext"/>),
/// each with its own migrations under <c>Migrations/Sqlite</c> and <c>Migrations/Postgres</c>; make one with
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
