using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareForAll.Store.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PatientId = table.Column<long>(type: "INTEGER", nullable: false),
                    PracticeCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    InvitationId = table.Column<long>(type: "INTEGER", nullable: true),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SystolicBp = table.Column<double>(type: "REAL", nullable: false),
                    DiastolicBp = table.Column<double>(type: "REAL", nullable: false),
                    TotalCholesterol = table.Column<double>(type: "REAL", nullable: false),
                    HdlCholesterol = table.Column<double>(type: "REAL", nullable: false),
                    Bmi = table.Column<double>(type: "REAL", nullable: false),
                    SmokingStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    Qrisk3 = table.Column<double>(type: "REAL", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WrittenToLakeAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompletedHealthChecks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpTasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PatientId = table.Column<long>(type: "INTEGER", nullable: false),
                    PracticeCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    HealthCheckId = table.Column<long>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpTasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HealthCheckInvitations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PatientId = table.Column<long>(type: "INTEGER", nullable: false),
                    PracticeCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CycleStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BatchMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    EstimatedRisk = table.Column<double>(type: "REAL", nullable: false),
                    RiskMethod = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HealthCheckInvitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QuestionnaireSubmissions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Questionnaire = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ResponseJson = table.Column<string>(type: "TEXT", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PatientId = table.Column<long>(type: "INTEGER", nullable: true),
                    SpellId = table.Column<long>(type: "INTEGER", nullable: true),
                    Procedure = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ProviderCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    SiteCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Setting = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Age = table.Column<int>(type: "INTEGER", nullable: true),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    Score = table.Column<double>(type: "REAL", nullable: true),
                    Eq5dProfile = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    Eq5dIndex = table.Column<double>(type: "REAL", nullable: true),
                    Eq5dValueSet = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Eq5dVas = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WrittenToLakeAt = table.Column<long>(type: "INTEGER", nullable: true)
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
