using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Agencies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agencies_Agencies_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HolidayArrangements",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Holiday = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NoticeYear = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HolidayArrangements", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "HolidayNotices",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HolidayNotices", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "DisclosureRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    TrackingNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    FormRequested = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ApplicantAddress = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ApplicantEmail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApplicantIdentityNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ApplicantKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ApplicantPhone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureRequests_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RequestEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LegalDate = table.Column<DateOnly>(type: "date", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Article = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    WorkingDays = table.Column<int>(type: "integer", nullable: true),
                    Until = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Party = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AmountFen = table.Column<long>(type: "bigint", nullable: true),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestEvents_DisclosureRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "DisclosureRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_Code",
                table: "Agencies",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_ParentId",
                table: "Agencies",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureRequests_AgencyId",
                table: "DisclosureRequests",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureRequests_TrackingNumber",
                table: "DisclosureRequests",
                column: "TrackingNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HolidayArrangements_NoticeYear",
                table: "HolidayArrangements",
                column: "NoticeYear");

            migrationBuilder.CreateIndex(
                name: "IX_RequestEvents_Kind_LegalDate",
                table: "RequestEvents",
                columns: new[] { "Kind", "LegalDate" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestEvents_RequestId_Sequence",
                table: "RequestEvents",
                columns: new[] { "RequestId", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HolidayArrangements");

            migrationBuilder.DropTable(
                name: "HolidayNotices");

            migrationBuilder.DropTable(
                name: "RequestEvents");

            migrationBuilder.DropTable(
                name: "DisclosureRequests");

            migrationBuilder.DropTable(
                name: "Agencies");
        }
    }
}
