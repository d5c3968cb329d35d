using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareForAll.Store.Migrations.Postgres
{
    /// <summary>Makes the audit log append-only with a trigger that raises on UPDATE, DELETE and TRUNCATE.</summary>
    public partial class AppendOnlyAuditLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit log is append-only: PostgreSQL raises on any UPDATE, DELETE or TRUNCATE of it. Nobody but the
            // table's owner holds those privileges (the owner could still drop the triggers: run the app as a role
            // granted only SELECT and INSERT on it).
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'the audit log is append-only: % is not allowed', TG_OP
                        USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON "AuditLog"
                    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "AuditLog"
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
                """);
            migrationBuilder.Sql("""REVOKE UPDATE, DELETE, TRUNCATE ON "AuditLog" FROM PUBLIC;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS audit_log_no_truncate ON "AuditLog";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS audit_log_no_update_or_delete ON "AuditLog";""");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit_log_is_append_only();");
        }
    }
}
