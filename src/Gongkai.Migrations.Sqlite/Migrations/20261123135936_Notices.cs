using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NumberPrefix = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NumberYear = table.Column<int>(type: "INTEGER", nullable: false),
                    NumberSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Letterhead = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Addressee = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Signatory = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DateLine = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Docx = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Letterhead = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NumberPrefix = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Remedies = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RevisedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RevisedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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
