using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gongkai.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AnnualReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Covering index for the report tally (RequestTallyQuery): the year's requests are read from the index
            // alone. ApplicantKind is a column of a complex property, which EF cannot index, hence raw SQL.
            migrationBuilder.Sql("CREATE INDEX \"IX_DisclosureRequests_ReportTally\" ON \"DisclosureRequests\" (\"ReceivedOn\", \"ClosedOnDay\", \"ClosedWith\", \"ApplicantKind\", \"Channel\", \"Extended\", \"AgencyId\");");

            migrationBuilder.CreateTable(
                name: "AnnualReportDrafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CheckedReportJson = table.Column<string>(type: "text", nullable: true),
                    CheckedSectionsJson = table.Column<string>(type: "text", nullable: true),
                    PublishedVersionNumber = table.Column<int>(type: "integer", nullable: false),
                    ApprovedByActor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ApprovedByAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CheckedByActor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CheckedByAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StartedByActor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartedByAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReportDrafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualReportDrafts_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AnnualStatistics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Table = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RowPath = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ColumnPath = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualStatistics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualStatistics_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NormativeDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RepealedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RepealedBy = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RegisteredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastChangedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LastChangedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NormativeDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NormativeDocuments_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Reconsiderations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CorrectionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RegisteredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecisionRecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecisionRecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reconsiderations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reconsiderations_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reconsiderations_DisclosureRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "DisclosureRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AnnualReportSectionEdits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Heading = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    DraftId = table.Column<Guid>(type: "uuid", nullable: true),
                    EditedByActor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EditedByAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReportSectionEdits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualReportSectionEdits_AnnualReportDrafts_DraftId",
                        column: x => x.DraftId,
                        principalTable: "AnnualReportDrafts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AnnualReportVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DraftId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    ReportJson = table.Column<string>(type: "text", nullable: false),
                    SectionsJson = table.Column<string>(type: "text", nullable: false),
                    GeneratorVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ChangeNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PublishedByActor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PublishedByAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReportVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualReportVersions_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AnnualReportVersions_AnnualReportDrafts_DraftId",
                        column: x => x.DraftId,
                        principalTable: "AnnualReportDrafts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Litigations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Route = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ReconsiderationId = table.Column<Guid>(type: "uuid", nullable: true),
                    CaseNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CorrectionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RegisteredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecisionRecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecisionRecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Litigations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Litigations_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Litigations_DisclosureRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "DisclosureRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Litigations_Reconsiderations_ReconsiderationId",
                        column: x => x.ReconsiderationId,
                        principalTable: "Reconsiderations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReportDrafts_AgencyId_Year",
                table: "AnnualReportDrafts",
                columns: new[] { "AgencyId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReportSectionEdits_DraftId",
                table: "AnnualReportSectionEdits",
                column: "DraftId");

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReportVersions_AgencyId_Year_VersionNumber",
                table: "AnnualReportVersions",
                columns: new[] { "AgencyId", "Year", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReportVersions_DraftId",
                table: "AnnualReportVersions",
                column: "DraftId");

            migrationBuilder.CreateIndex(
                name: "IX_AnnualStatistics_AgencyId_Year",
                table: "AnnualStatistics",
                columns: new[] { "AgencyId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_Litigations_AgencyId_FiledOn",
                table: "Litigations",
                columns: new[] { "AgencyId", "FiledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Litigations_ReconsiderationId",
                table: "Litigations",
                column: "ReconsiderationId");

            migrationBuilder.CreateIndex(
                name: "IX_Litigations_RequestId",
                table: "Litigations",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_NormativeDocuments_AgencyId_IssuedOn",
                table: "NormativeDocuments",
                columns: new[] { "AgencyId", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Reconsiderations_AgencyId_FiledOn",
                table: "Reconsiderations",
                columns: new[] { "AgencyId", "FiledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Reconsiderations_RequestId",
                table: "Reconsiderations",
                column: "RequestId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX \"IX_DisclosureRequests_ReportTally\";");

            migrationBuilder.DropTable(
                name: "AnnualReportSectionEdits");

            migrationBuilder.DropTable(
                name: "AnnualReportVersions");

            migrationBuilder.DropTable(
                name: "AnnualStatistics");

            migrationBuilder.DropTable(
                name: "Litigations");

            migrationBuilder.DropTable(
                name: "NormativeDocuments");

            migrationBuilder.DropTable(
                name: "AnnualReportDrafts");

            migrationBuilder.DropTable(
                name: "Reconsiderations");
        }
    }
}
