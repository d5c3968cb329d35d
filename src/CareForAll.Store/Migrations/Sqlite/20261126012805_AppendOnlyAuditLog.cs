using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareForAll.Store.Migrations.Sqlite
{
    /// <summary>Makes the audit log append-only with BEFORE UPDATE/DELETE triggers that RAISE(ABORT).</summary>
    public partial class AppendOnlyAuditLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit log is append-only: SQLite aborts any UPDATE or DELETE of its rows.
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditLog_no_update" BEFORE UPDATE ON "AuditLog"
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be updated'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditLog_no_delete" BEFORE DELETE ON "AuditLog"
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be deleted'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditLog_no_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditLog_no_update";""");
        }
    }
}
