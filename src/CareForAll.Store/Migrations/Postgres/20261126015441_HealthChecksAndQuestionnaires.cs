using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CareForAll.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HealthChecksAndQuestionnaires : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CompletedHealthChecks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PatientId = table.Column<long>(type: "bigint", nullable: false),
                    PracticeCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    InvitationId = table.Column<long>(type: "bigint", nullable: true),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SystolicBp = table.Column<double>(type: "double precision", nullable: false),
                    DiastolicBp = table.Column<double>(type: "double precision", nullable: false),
                    TotalCholesterol = table.Column<double>(type: "double precision", nullable: false),
                    HdlCholesterol = table.Column<double>(type: "double precision", nullable: false),
                    Bmi = table.Column<double>(type: "double precision", nullable: false),
                    SmokingStatus = table.Column<int>(type: "integer", nullable: false),
                    Qrisk3 = table.Column<double>(type: "double precision", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WrittenToLakeAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompletedHealthChecks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpTasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PatientId = table.Column<long>(type: "bigint", nullable: false),
                    PracticeCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    HealthCheckId = table.Column<long>(type: "bigint", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Due = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpTasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HealthCheckInvitations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PatientId = table.Column<long>(type: "bigint", nullable: false),
                    PracticeCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CycleStart = table.Column<DateOnly>(type: "date", nullable: false),
                    BatchMonth = table.Column<DateOnly>(type: "date", nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    EstimatedRisk = table.Column<double>(type: "double precision", nullable: false),
                    RiskMethod = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HealthCheckInvitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QuestionnaireSubmissions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Questionnaire = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ResponseJson = table.Column<string>(type: "text", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PatientId = table.Column<long>(type: "bigint", nullable: true),
                    SpellId = table.Column<long>(type: "bigint", nullable: true),
                    Procedure = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Stage = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ProviderCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    SiteCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Setting = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Age = table.Column<int>(type: "integer", nullable: true),
                    Sex = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    Score = table.Column<double>(type: "double precision", nullable: true),
                    Eq5dProfile = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    Eq5dIndex = table.Column<double>(type: "double precision", nullable: true),
                    Eq5dValueSet = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Eq5dVas = table.Column<int>(type: "integer", nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WrittenToLakeAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionnaireSubmissions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CompletedHealthChecks_PatientId",
                table: "CompletedHealthChecks",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_PatientId",
                table: "FollowUpTasks",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_PracticeCode_Status",
                table: "FollowUpTasks",
                columns: new[] { "PracticeCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_HealthCheckInvitations_PracticeCode_CycleStart_PatientId",
                table: "HealthCheckInvitations",
                columns: new[] { "PracticeCode", "CycleStart", "PatientId" });

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireSubmissions_PatientId",
                table: "QuestionnaireSubmissions",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireSubmissions_SpellId",
                table: "QuestionnaireSubmissions",
                column: "SpellId");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireSubmissions_WrittenToLakeAt",
                table: "QuestionnaireSubmissions",
                column: "WrittenToLakeAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CompletedHealthChecks");

            migrationBuilder.DropTable(
                name: "FollowUpTasks");

            migrationBuilder.DropTable(
                name: "HealthCheckInvitations");

            migrationBuilder.DropTable(
                name: "QuestionnaireSubmissions");
        }
    }
}
