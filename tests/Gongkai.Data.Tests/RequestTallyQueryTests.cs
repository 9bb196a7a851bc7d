using Gongkai.Data.AnnualReports;
using Gongkai.Data.Calendar;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Data.Tests;

/// <summary>Counting a year's requests in the database gives the same tallies as counting them one by one.</summary>
public sealed class RequestTallyQueryTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));

    [Theory]
    [DatabaseEngines]
    public async Task RunAsync_RequestsAcrossYearBoundaries_EqualsOneByOneTallies(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var agency = RequestBuilder.Agency();
        var other = RequestBuilder.Agency("OTHER");
        var requests = new List<DisclosureRequest>();
        await using (var db = database.NewContext())
        {
            await GongkaiDatabase.PrepareAsync(db, Time);
            var clock = new StatutoryClock(await new CalendarStore(db, Time).LoadAsync());
            db.Agencies.AddRange(agency, other);
            var n = 0;
            DisclosureRequest New(Domain.Agencies.Agency owner, DateOnly on, ApplicantKind kind, SubmissionChannel channel) =>
                DisclosureRequest.Register(Guid.NewGuid(), owner.Id, $"T-{++n}", channel,
                    new Applicant(kind, "申请人", null, null, null, "西宁市城中区某路1号"), "2023年部门预算", null, on, RequestBuilder.Officer);

            var carried = New(agency, new DateOnly(2023, 12, 20), ApplicantKind.NaturalPerson, SubmissionChannel.Post);
            carried.Reply(clock, new DateOnly(2024, 1, 10), Outcome.Disclosed, null, RequestBuilder.Officer);
            var closedLastYear = New(agency, new DateOnly(2023, 11, 1), ApplicantKind.NaturalPerson, SubmissionChannel.Post);
            closedLastYear.Reply(clock, new DateOnly(2023, 11, 20), Outcome.Disclosed, null, RequestBuilder.Officer);
            var extended = New(agency, new DateOnly(2024, 3, 4), ApplicantKind.CommercialEnterprise, SubmissionChannel.Post);
            extended.ApproveExtension(clock, new DateOnly(2024, 3, 25), 10, "王主任", "需调取档案", RequestBuilder.Officer);
            extended.Reply(clock, new DateOnly(2024, 4, 8), Outcome.PartlyDisclosed, "部分涉及个人隐私", RequestBuilder.Officer);
            var open = New(agency, new DateOnly(2024, 12, 25), ApplicantKind.NaturalPerson, SubmissionChannel.Post);
            var sameKey = New(agency, new DateOnly(2024, 5, 6), ApplicantKind.CommercialEnterprise, SubmissionChannel.Post);
            sameKey.ApproveExtension(clock, new DateOnly(2024, 5, 27), 10, "王主任", "需调取档案", RequestBuilder.Officer);
            sameKey.Reply(clock, new DateOnly(2024, 6, 3), Outcome.PartlyDisclosed, "部分涉及个人隐私", RequestBuilder.Officer);
            var nextYear = New(agency, new DateOnly(2025, 1, 6), ApplicantKind.NaturalPerson, SubmissionChannel.Post);
            var otherAgency = New(other, new DateOnly(2024, 6, 1), ApplicantKind.NaturalPerson, SubmissionChannel.Post);
            requests.AddRange([carried, closedLastYear, extended, open, sameKey, nextYear]);
            db.DisclosureRequests.AddRange([.. requests, otherAgency]);
            await db.SaveChangesAsync();
        }

        var year = new ReportingYear(2024);
        await using var query = database.NewContext();
        var tallies = await new RequestTallyQuery(query).RunAsync([agency.Id], year);

        var expected = RequestTally.Of(requests, year);
        Assert.Equal(Describe(expected), Describe(tallies));
        Assert.Equal(4, tallies.Sum(t => t.Count));
        var twoExtended = Assert.Single(tallies, t => t.Count == 2);
        var behind = await new RequestTallyQuery(query).RequestsBehind([agency.Id], year, twoExtended);
        Assert.Equal(twoExtended.Count, behind.Count);
        Assert.Equal(expected.Single(t => t.Count == 2).RecordIds!.Order(), behind.Order());
    }

    private static string[] Describe(IEnumerable<RequestTally> tallies) =>
        tallies.Select(t => $"{t.Intake}|{t.ClosedWith}|{t.ApplicantKind}|{t.Channel}|{t.WasExtended}|{t.Count}").Order(StringComparer.Ordinal).ToArray();
}
