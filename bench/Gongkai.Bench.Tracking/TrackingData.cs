using Gongkai.Data;
using Gongkai.Data.Calendar;
using Gongkai.Demo;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;
using Gongkai.Web.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Bench.Tracking;

/// <summary>
/// Requests to track: the demo agencies and <c>count</c> online requests made through the domain (registered, receipt
/// confirmed; two in three replied, one in three of those delivered), with tracking numbers made as the portal makes
/// them. Deterministic ids; the tracking numbers are written to a file for the load client.
/// </summary>
internal static class TrackingData
{
    public static async Task<IReadOnlyList<string>> EnsureAsync(DatabaseSettings settings, int count, string numbersFile)
    {
        await using (var db = GongkaiDatabase.Create(settings))
        {
            await GongkaiDatabase.PrepareAsync(db, TimeProvider.System);
            await DemoData.EnsureLoadedAsync(db, TimeProvider.System, new DemoOptions(0, 0));
            var have = await db.DisclosureRequests.CountAsync();
            if (have >= count && File.Exists(numbersFile))
            {
                return await File.ReadAllLinesAsync(numbersFile);
            }

            if (have > 0)
            {
                throw new InvalidOperationException("The database holds other requests: use a fresh one.");
            }
        }

        var random = new Random(20261205);
        var numbers = new List<string>(count);
        StatutoryClock clock;
        List<Guid> agencies;
        await using (var db = GongkaiDatabase.Create(settings))
        {
            clock = new StatutoryClock(await new CalendarStore(db, TimeProvider.System).LoadAsync());
            agencies = await db.Agencies.Select(a => a.Id).ToListAsync();
        }

        var by = new RecordedBy("bench", new DateTime(2026, 12, 5, 0, 0, 0, DateTimeKind.Utc));
        var start = new DateOnly(2024, 1, 1);
        const int Batch = 2_000;
        for (var written = 0; written < count; written += Batch)
        {
            await using var db = GongkaiDatabase.Create(settings);
            for (var i = written; i < Math.Min(count, written + Batch); i++)
            {
                var bytes = new byte[16];
                random.NextBytes(bytes);
                var id = new Guid(bytes);
                var submitted = start.AddDays(random.Next(0, 700));
                var number = AccessCodes.TrackingNumberFor(id, submitted);
                var applicant = new Applicant(ApplicantKind.NaturalPerson, "张三", null, "13800000000", null, null);
                var request = DisclosureRequest.Register(id, agencies[random.Next(agencies.Count)], number, SubmissionChannel.Online, applicant,
                    "申请公开本单位2024年度城乡低保资金的发放情况", null, submitted, by);
                request.ConfirmReceipt(submitted.AddDays(random.Next(0, 3)), by);
                if (random.Next(3) > 0)
                {
                    var on = request.Deadline(clock).ReceivedOn.AddDays(random.Next(1, 15));
                    request.Reply(clock, on, Outcome.Disclosed, null, by);
                    if (random.Next(3) == 0)
                    {
                        request.RecordDelivery(clock, on.AddDays(1), "电子邮件送达", by);
                    }
                }

                db.DisclosureRequests.Add(request);
                numbers.Add(number);
            }

            await db.SaveChangesAsync();
            if ((written + Batch) % 20_000 == 0)
            {
                Console.Error.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {written + Batch:N0} requests");
            }
        }

        await File.WriteAllLinesAsync(numbersFile, numbers);
        return numbers;
    }
}
