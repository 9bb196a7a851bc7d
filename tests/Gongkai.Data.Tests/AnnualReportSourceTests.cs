using Gongkai.Data.AnnualReports;
using Gongkai.Data.Calendar;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.Appeals;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Generation;
using Gongkai.Domain.AnnualReports.Publishing;
using Gongkai.Domain.AnnualReports.Statistics;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Catalogue;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Data.Tests;

/// <summary>A report computed from the database equals the report computed from the same records in memory.</summary>
public sealed class AnnualReportSourceTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
    private static readonly RecordedBy Officer = RequestBuilder.Officer;

    [Theory]
    [DatabaseEngines]
    public async Task GenerateAsync_GovernmentWithDepartment_EqualsInMemoryGeneration(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var government = new Agency(Guid.NewGuid(), "GOV", "某市人民政府", AgencyKind.Government, null);
        var department = new Agency(Guid.NewGuid(), "DEP", "某市民政局", AgencyKind.Department, government.Id);
        var unrelated = new Agency(Guid.NewGuid(), "ELSE", "另一市人民政府", AgencyKind.Government, null);
        var year = new ReportingYear(2025);
        ReportRecords records;
        await using (var db = database.NewContext())
        {
            await GongkaiDatabase.PrepareAsync(db, Time);
            var clock = new StatutoryClock(await new CalendarStore(db, Time).LoadAsync());
            db.Agencies.AddRange(government, department, unrelated);
            var n = 0;
            DisclosureRequest New(Agency owner, DateOnly on, ApplicantKind kind) =>
                DisclosureRequest.Register(Guid.NewGuid(), owner.Id, $"T-{++n}", SubmissionChannel.Post,
                    new Applicant(kind, "申请人", null, null, null, "某路1号"), "2024年部门预算", null, on, Officer);
            var carried = New(government, new DateOnly(2024, 12, 20), ApplicantKind.NaturalPerson);
            carried.Reply(clock, new DateOnly(2025, 1, 10), Outcome.Disclosed, null, Officer);
            var partly = New(department, new DateOnly(2025, 3, 4), ApplicantKind.CommercialEnterprise);
            partly.Reply(clock, new DateOnly(2025, 3, 20), Outcome.PartlyDisclosed, "部分涉及商业秘密", Officer);
            var open = New(department, new DateOnly(2025, 12, 26), ApplicantKind.NaturalPerson);
            var elsewhere = New(unrelated, new DateOnly(2025, 5, 6), ApplicantKind.NaturalPerson);
            var reconsideration = Reconsideration.File(Guid.NewGuid(), partly, "复议〔2025〕3号", new DateOnly(2025, 4, 10), Officer);
            reconsideration.Decide(AppealResult.Upheld, new DateOnly(2025, 6, 1), Officer);
            var litigation = Litigation.FileDirectly(Guid.NewGuid(), carried, "（2025）行初12号", new DateOnly(2025, 5, 1), Officer);
            var rule = NormativeDocument.Register(Guid.NewGuid(), government.Id, NormativeDocumentKind.AdministrativeNormativeDocument,
                "某市城乡居民最低生活保障实施办法", "某政规〔2025〕1号", new DateOnly(2025, 2, 1), Officer);
            rule.Publish(new DateOnly(2025, 2, 10), Officer);
            var licensing = AnnualStatistic.Enter(Guid.NewGuid(), department.Id, year, ReportFormat.Format2021,
                new CellAddress(Table2Labels.TableId, [Table2Labels.Article20Item5, Table2Labels.Licensing], [Table2Labels.DecisionsThisYear]),
                128, "市政务服务局提供", Officer);
            db.DisclosureRequests.AddRange(carried, partly, open, elsewhere);
            db.Reconsiderations.Add(reconsideration);
            db.Litigations.Add(litigation);
            db.NormativeDocuments.Add(rule);
            db.AnnualStatistics.Add(licensing);
            await db.SaveChangesAsync();
            records = new ReportRecords
            {
                Requests = [carried, partly, open],
                Reconsiderations = [reconsideration],
                Litigations = [litigation],
                NormativeDocuments = [rule],
                Statistics = [licensing],
            };
        }

        await using var read = database.NewContext();
        var document = await new AnnualReportSource(read).GenerateAsync(government, year);

        var expected = AnnualReportGenerator.Generate(new ReportingAgency("GOV", "某市人民政府"), year, records);
        Assert.Equal(ReportFormat.Format2021, document.Data.Format);
        Assert.Equal(expected.Data.Cells.Select(c => (c.Address.Key, c.Value)), document.Data.Cells.Select(c => (c.Address.Key, c.Value)));
        Assert.Equal(2, document.Data.ValueAt(Table3Labels.At(Table3Labels.OutcomeTotalRow, Table3Labels.TotalColumn)));
        Assert.Equal(1, document.Data.ValueAt(Table3Labels.At(Table3Labels.CarriedForwardRow, Table3Labels.TotalColumn)));
        Assert.Equal(128, document.Data.ValueAt(new CellAddress(Table2Labels.TableId, [Table2Labels.Article20Item5, Table2Labels.Licensing], [Table2Labels.DecisionsThisYear])));
        Assert.DoesNotContain(document.Findings, f => f.Severity == FindingSeverity.Error);
        Assert.Contains("本年度新收政府信息公开申请2件", string.Concat(document.Sections.Select(s => s.Text)), StringComparison.Ordinal);
    }

    [Theory]
    [DatabaseEngines]
    public async Task RollUpAsync_GovernmentWithDepartment_UnitsSumToTheReport(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var government = new Agency(Guid.NewGuid(), "GOV", "某市人民政府", AgencyKind.Government, null);
        var department = new Agency(Guid.NewGuid(), "DEP", "某市民政局", AgencyKind.Department, government.Id);
        var year = new ReportingYear(2025);
        await using (var db = database.NewContext())
        {
            await GongkaiDatabase.PrepareAsync(db, Time);
            var clock = new StatutoryClock(await new CalendarStore(db, Time).LoadAsync());
            db.Agencies.AddRange(government, department);
            for (var i = 0; i < 5; i++)
            {
                var owner = i < 2 ? government : department;
                var request = DisclosureRequest.Register(Guid.NewGuid(), owner.Id, $"R-{i}", SubmissionChannel.Post,
                    new Applicant(ApplicantKind.NaturalPerson, "申请人", null, null, null, "某路1号"), "2024年部门预算", null, new DateOnly(2025, 3, 3 + i), Officer);
                request.Reply(clock, new DateOnly(2025, 3, 20), i % 2 == 0 ? Outcome.Disclosed : Outcome.UnavailableDoesNotExist, i % 2 == 0 ? null : "经检索没有", Officer);
                db.DisclosureRequests.Add(request);
            }

            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var source = new AnnualReportSource(read);
        var rolledUp = await source.RollUpAsync(government, year);
        var whole = await source.GenerateAsync(government, year);

        Assert.Equal(2, rolledUp.Units.Count);
        Assert.Equal(whole.Data.Cells.Select(c => (c.Address.Key, c.Value)), rolledUp.Combined.Data.Cells.Select(c => (c.Address.Key, c.Value)));
        var total = Table3Labels.At(Table3Labels.NewRequestsRow, Table3Labels.TotalColumn);
        var contributions = rolledUp.ContributionsTo(total);
        Assert.Equal([2m, 3m], contributions.Select(c => c.Value ?? 0));
        Assert.Equal(5, rolledUp.Combined.Data.ValueAt(total));
    }

    [Theory]
    [DatabaseEngines]
    public async Task Publish_DraftSavedAndReloaded_KeepsFrozenVersion(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var agency = new Agency(Guid.NewGuid(), "GOV", "某市人民政府", AgencyKind.Government, null);
        var year = new ReportingYear(2025);
        await using (var db = database.NewContext())
        {
            await GongkaiDatabase.PrepareAsync(db, Time);
            db.Agencies.Add(agency);
            await db.SaveChangesAsync();
            var document = await new AnnualReportSource(db).GenerateAsync(agency, year);
            var draft = AnnualReportDraft.Start(Guid.NewGuid(), agency.Id, year.Year, document.Data.Format, Officer);
            foreach (var part in draft.Compose(document.Data).MissingParts)
            {
                draft.Edit(part.Heading, "本部分由工作人员填写。", Officer);
            }

            draft.Check(document.Data, document.Findings, Officer);
            draft.Approve(Officer);
            var version = draft.Publish(Guid.NewGuid(), Officer, AnnualReportGenerator.Version);
            db.AnnualReportDrafts.Add(draft);
            db.AnnualReportVersions.Add(version);
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var published = await new AnnualReportSource(read).PublishedAsync(agency.Id, year.Year);
        Assert.NotNull(published);
        Assert.Equal(1, published.VersionNumber);
        Assert.Equal(AnnualReportState.Published, (await read.AnnualReportDrafts.SingleAsync()).State);
        Assert.Equal("本部分由工作人员填写。", published.ToDocument().Sections.First(s => s.Section.Heading.StartsWith("五", StringComparison.Ordinal)).Paragraphs[^1]);
        Assert.Equal(ReportLayout.For(ReportFormat.Format2021).Cells.Count(), published.Data().Cells.Count);
    }
}
