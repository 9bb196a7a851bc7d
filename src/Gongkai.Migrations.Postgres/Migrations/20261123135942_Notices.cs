using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Notices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IssuedNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NumberPrefix = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NumberYear = table.Column<int>(type: "integer", nullable: false),
                    NumberSequence = table.Column<int>(type: "integer", nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Letterhead = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Addressee = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Signatory = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DateLine = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Docx = table.Column<byte[]>(type: "bytea", nullable: false),
                    Pdf = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IssuedNotices_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IssuedNotices_DisclosureRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "DisclosureRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NoticeTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Letterhead = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NumberPrefix = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Remedies = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RevisedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RevisedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NoticeTemplates_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedNotices_AgencyId_NumberYear_NumberSequence",
                table: "IssuedNotices",
                columns: new[] { "AgencyId", "NumberYear", "NumberSequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedNotices_RequestId",
                table: "IssuedNotices",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeTemplates_AgencyId_Kind",
                table: "NoticeTemplates",
                columns: new[] { "AgencyId", "Kind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IssuedNotices");

            migrationBuilder.DropTable(
                name: "NoticeTemplates");
        }
    }
}
